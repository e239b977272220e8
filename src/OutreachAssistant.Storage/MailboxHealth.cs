using Microsoft.EntityFrameworkCore;
using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Storage;

/// <summary>How each mailbox fared at its last contact (<see cref="MailboxState"/>), for <c>outreach status</c>, readiness and the run's summary.</summary>
public sealed class MailboxHealth(IDbContextFactory<OutreachDbContext> contexts)
{
    /// <param name="mailboxId">The mailbox.</param>
    /// <param name="status"><c>ok</c>, <c>needs-sign-in</c> or <c>failing</c>.</param>
    /// <param name="detail">Why, in a line; empty when it is well.</param>
    /// <param name="now">When it was found.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task SetAsync(string mailboxId, string status, string detail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Said after every sync: one statement once the mailbox has a row, not a read and a write.
        var updated = await db.MailboxStates.Where(m => m.MailboxId == mailboxId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, status).SetProperty(m => m.Detail, detail).SetProperty(m => m.UpdatedAt, now), cancellationToken);
        if (updated == 0)
        {
            db.MailboxStates.Add(new MailboxStateEntity { MailboxId = mailboxId, Status = status, Detail = detail, UpdatedAt = now });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Every mailbox the store has heard of, by id.</summary>
    public async Task<IReadOnlyList<MailboxState>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.MailboxStates.AsNoTracking().OrderBy(m => m.MailboxId).ToListAsync(cancellationToken);
        return [.. rows.Select(MailboxState.From)];
    }
}
