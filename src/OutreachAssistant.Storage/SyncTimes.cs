using Microsoft.EntityFrameworkCore;

namespace OutreachAssistant.Storage;

/// <summary>When each mailbox last finished a sync: a sync saves every folder's delta link at its end, so the latest save is its end.</summary>
public sealed class SyncTimes(IDbContextFactory<OutreachDbContext> contexts)
{
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> LastSyncedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // A few rows (two folders a mailbox), and SQLite cannot order DateTimeOffset values: compared here.
        var cursors = await db.SyncCursors.AsNoTracking().Select(c => new { c.MailboxId, c.UpdatedAt }).ToListAsync(cancellationToken);
        return cursors.GroupBy(c => c.MailboxId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Max(c => c.UpdatedAt), StringComparer.OrdinalIgnoreCase);
    }
}
