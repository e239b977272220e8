using System.Data;
using Microsoft.EntityFrameworkCore;
using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Storage;

/// <summary>The record of weekly digests: which week's each mailbox has, and who is making one right now.</summary>
public sealed class DigestLedger(IDbContextFactory<OutreachDbContext> contexts, DraftClaimHolders holders)
{
    /// <summary>Whether the week's digest is made: a claim alone (one being made, or left by a crash) is not.</summary>
    public async Task<bool> IsMadeAsync(string mailboxId, DateOnly weekOf, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var digest = await db.Digests.AsNoTracking().SingleOrDefaultAsync(d => d.MailboxId == mailboxId && d.WeekOf == weekOf, cancellationToken);
        return digest?.MessageId is not null;
    }

    /// <summary>
    /// Claims the week's digest atomically. A claim of another holder made before <paramref name="takeOverBefore"/>
    /// counts as left by a crash and is taken over, as is one whose holder the database knows has stopped (PostgreSQL,
    /// <see cref="DraftClaimHolders"/>), as draft claims are.
    /// </summary>
    /// <returns>Whether this holder may make it now: false when it is made, or another live process is making it.</returns>
    public async Task<bool> ClaimAsync(string mailboxId, DateOnly weekOf, string holder, DateTimeOffset now, DateTimeOffset takeOverBefore, CancellationToken cancellationToken)
    {
        await holders.HoldAsync(holder, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            // Serializable: on SQLite a write transaction from the first read; on PostgreSQL two writers that read the
            // same left claim cannot both take it over.
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            var held = await db.Digests.FindAsync([mailboxId, weekOf], cancellationToken);
            if (held is null)
            {
                db.Digests.Add(new DigestEntity { MailboxId = mailboxId, WeekOf = weekOf, Holder = holder, ClaimedAt = now });
            }
            else if (held.MessageId is null
                && (held.Holder == holder || held.ClaimedAt < takeOverBefore || await holders.IsGoneAsync(held.Holder, cancellationToken)))
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
        catch (Exception ex) when (WriteConflicts.Is(ex))
        {
            // Another writer changed the claim since it was read: it holds it.
            return false;
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
