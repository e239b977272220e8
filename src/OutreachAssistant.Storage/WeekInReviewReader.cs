using Microsoft.EntityFrameworkCore;
using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Digest;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Storage;

/// <summary>Reads what a weekly digest tells of a mailbox: its threads, the answers and findings of the week before it.</summary>
public sealed class WeekInReviewReader(IDbContextFactory<OutreachDbContext> contexts)
{
    /// <summary>Whether the mailbox has any outreach thread: without one, a digest would have nothing to say.</summary>
    public async Task<bool> HasOutreachAsync(string mailboxId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Threads.AnyAsync(t => t.MailboxId == mailboxId, cancellationToken);
    }

    public async Task<WeekInReview> ReadAsync(string mailboxId, DigestWeek week, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(week);
        var since = week.DueAt.AddDays(-7);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var threads = await db.Threads.AsNoTracking().Include(t => t.Drafts).Where(t => t.MailboxId == mailboxId).ToListAsync(cancellationToken);
        var conversations = threads.ToDictionary(t => t.ConversationId, StringComparer.Ordinal);

        // Metadata only (no subjects or bodies are kept): the user's own mail and the answers in the mailbox.
        var mail = await db.Messages.AsNoTracking()
            .Where(m => m.MailboxId == mailboxId && !m.IsDraft
                && (m.Direction == ThreadMessageDirection.Outbound || m.InboundKind == InboundKind.Reply))
            .Select(m => new { m.ConversationId, m.Direction, m.FromAddress, m.At })
            .ToListAsync(cancellationToken);
        var tracked = mail.Where(m => conversations.ContainsKey(m.ConversationId)).ToList();
        var answered = tracked.Where(m => m.Direction == ThreadMessageDirection.Inbound).Select(m => m.ConversationId).ToHashSet(StringComparer.Ordinal);
        var lastSent = tracked.Where(m => m.Direction == ThreadMessageDirection.Outbound)
            .GroupBy(m => m.ConversationId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(m => m.At), StringComparer.Ordinal);

        var answers = tracked
            .Where(m => m.Direction == ThreadMessageDirection.Inbound && m.At >= since && m.At < week.DueAt)
            .Select(m => (Thread: conversations[m.ConversationId], m.FromAddress, m.At))
            .Select(a => new DigestAnswer(ContactOf(a.Thread, a.FromAddress), a.Thread.Subject, a.At))
            .ToList();

        var threadIds = threads.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var findings = (await db.Findings.AsNoTracking().Where(f => f.At >= since && f.At < week.DueAt).OrderBy(f => f.At).ToListAsync(cancellationToken))
            .Where(f => threadIds.ContainsKey(f.ThreadId))
            .Select(f => new DigestFinding(threadIds[f.ThreadId].Subject, f.Severity, f.Message))
            .ToList();

        return new WeekInReview(
            week,
            since,
            zone,
            [.. threads.Select(t => new DigestThread(
                new EmailAddress(t.ContactAddress, t.ContactName),
                t.Subject,
                t.Kind,
                t.State,
                t.NextActionAt,
                answered.Contains(t.ConversationId),
                WaitingDraftAt(t, lastSent.GetValueOrDefault(t.ConversationId))))],
            answers,
            findings);
    }

    /// <summary>The newest draft of ours in the thread, while it is neither set aside nor followed by mail the user sent.</summary>
    private static DateTimeOffset? WaitingDraftAt(Entities.ThreadEntity thread, DateTimeOffset lastSent) =>
        thread.Drafts.Where(d => d.StaleMarkedAt is null).MaxBy(d => d.CreatedAt) is { } newest && newest.CreatedAt > lastSent
            ? newest.CreatedAt
            : null;

    private static EmailAddress ContactOf(Entities.ThreadEntity thread, string? from) =>
        from is null || string.Equals(from, thread.ContactAddress, StringComparison.OrdinalIgnoreCase)
            ? new EmailAddress(thread.ContactAddress, thread.ContactName)
            : new EmailAddress(from);
}
