using Microsoft.EntityFrameworkCore;
using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Storage;

/// <summary>The messages a sync could not use, and why, as a short code: never an address or a subject.</summary>
public sealed class SkippedMessageLog(IDbContextFactory<OutreachDbContext> contexts)
{
    /// <summary>
    /// Remembers messages a sync left out and why; the same message skipped again is counted once. A message
    /// with no id is kept as one row per folder and reason.
    /// </summary>
    public async Task RecordAsync(string mailboxId, string folder, IReadOnlyCollection<(string? MessageId, string Reason)> skipped, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(skipped);
        if (skipped.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var (messageId, reason) in skipped.DistinctBy(s => s.MessageId ?? $"(no id):{folder}:{s.Reason}"))
        {
            var id = messageId ?? $"(no id):{folder}:{reason}";
            var row = await db.SkippedMessages.FindAsync([mailboxId, id], cancellationToken);
            if (row is null)
            {
                db.SkippedMessages.Add(new SkippedMessageEntity { MailboxId = mailboxId, MessageId = id, Folder = folder, Reason = reason, At = now });
            }
            else
            {
                (row.Reason, row.At) = (reason, now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>How many messages each mailbox's syncs left out, by reason.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>> CountAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.SkippedMessages.AsNoTracking()
            .GroupBy(s => new { s.MailboxId, s.Reason })
            .Select(g => new { g.Key.MailboxId, g.Key.Reason, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.GroupBy(c => c.MailboxId, StringComparer.OrdinalIgnoreCase).ToDictionary(
            g => g.Key,
            g => (IReadOnlyDictionary<string, int>)g.OrderByDescending(c => c.Count).ThenBy(c => c.Reason, StringComparer.Ordinal).ToDictionary(c => c.Reason, c => c.Count, StringComparer.Ordinal),
            StringComparer.OrdinalIgnoreCase);
    }
}
