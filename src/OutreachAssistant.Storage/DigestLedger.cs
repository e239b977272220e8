using Microsoft.EntityFrameworkCore;
using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Storage;

/// <summary>The record of weekly digests: which week's each mailbox has, and who is making one right now.</summary>
public sealed class DigestLedger(IDbContextFactory<OutreachDbContext> contexts)
{
    public async Task<DigestEntity?> FindAsync(string mailboxId, DateOnly weekOf, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Digests.AsNoTracking().SingleOrDefaultAsync(d => d.MailboxId == mailboxId && d.WeekOf == weekOf, cancellationToken);
    }

    /// <summary>
    /// Claims the week's digest atomically. A claim of another holder made before <paramref name="takeOverBefore"/>
    /// counts as left by a crash and is taken over.
    /// </summary>
    /// <returns>Whether this holder may make it now: false when it is made, or another live process is making it.</returns>
    public async Task<bool> ClaimAsync(string mailboxId, DateOnly weekOf, string holder, DateTimeOffset now, DateTimeOffset takeOverBefore, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            // A write transaction from the first read: of two writers, the second reads after the first commits.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var held = await db.Digests.FindAsync([mailboxId, weekOf], cancellationToken);
            if (held is null)
            {
                db.Digests.Add(new DigestEntity { MailboxId = mailboxId, WeekOf = weekOf, Holder = holder, ClaimedAt = now });
            }
            else if (held.MessageId is null && (held.Holder == holder || held.ClaimedAt < takeOverBefore))
            {
                (held.Holder, held.ClaimedAt) = (holder, now);
            }
            else
            {
                return false;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // On a server database two inserts can race past the read; the key's uniqueness decides.
            return false;
        }
    }

    public async Task RecordAsync(string mailboxId, DateOnly weekOf, string messageId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Digests
            .Where(d => d.MailboxId == mailboxId && d.WeekOf == weekOf)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.MessageId, messageId).SetProperty(d => d.MadeAt, at), cancellationToken);
    }
}
