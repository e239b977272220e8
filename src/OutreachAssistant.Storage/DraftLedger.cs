using System.Data;
using Microsoft.EntityFrameworkCore;
using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Storage;

public sealed class DraftLedger(IDbContextFactory<OutreachDbContext> contexts, DraftClaimHolders holders) : IDraftLedger
{
    public async Task<DraftRecord?> FindAsync(string draftKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Drafts.AsNoTracking().SingleOrDefaultAsync(d => d.DraftKey == draftKey, cancellationToken);
        return row is null ? null : DraftRecord.From(row);
    }

    public async Task<DraftClaimResult> ClaimAsync(DraftClaim claim, DateTimeOffset takeOverBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await holders.HoldAsync(claim.Holder, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            // Serializable: on SQLite a write transaction from the first read, so the second writer reads after the
            // first commits; on PostgreSQL two writers that read the same left claim cannot both take it over.
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            if (await db.Drafts.AnyAsync(d => d.DraftKey == claim.DraftKey, cancellationToken))
            {
                return new(DraftClaimOutcome.AlreadyRecorded);
            }

            var held = await db.DraftClaims.FindAsync([claim.DraftKey], cancellationToken);
            var result = new DraftClaimResult(DraftClaimOutcome.Claimed, held?.MessageId, held?.ClaimedAt);
            if (held is null)
            {
                db.DraftClaims.Add(claim.ToRow());
            }
            else if (held.Holder == claim.Holder || held.ClaimedAt < takeOverBefore || await holders.IsGoneAsync(held.Holder, cancellationToken))
            {
                result = result with { Outcome = held.Holder == claim.Holder ? DraftClaimOutcome.Claimed : DraftClaimOutcome.TakenOver };
                (held.Holder, held.ClaimedAt, held.ThreadId) = (claim.Holder, claim.ClaimedAt, claim.ThreadId);
            }
            else
            {
                return new(DraftClaimOutcome.HeldByAnother);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (Exception ex) when (WriteConflicts.Is(ex))
        {
            // Another writer changed the claim since it was read (PostgreSQL's serialization failure): it holds it.
            return new(DraftClaimOutcome.HeldByAnother);
        }
        catch (DbUpdateException)
        {
            // On a server database two inserts can race past the read; the key's uniqueness decides.
            return new(DraftClaimOutcome.HeldByAnother);
        }
    }

    public async Task NoteMadeAsync(string draftKey, string holder, string messageId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.DraftClaims
            .Where(c => c.DraftKey == draftKey && c.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.MessageId, messageId), cancellationToken);
    }

    public async Task RecordAsync(DraftRecord draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Drafts.Add(draft.ToRow());
        if (await db.DraftClaims.FindAsync([draft.DraftKey], cancellationToken) is { } claim)
        {
            db.DraftClaims.Remove(claim);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task MarkStaleAsync(string draftKey, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Drafts.FindAsync([draftKey], cancellationToken) is { } draft)
        {
            draft.StaleMarkedAt = at;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<(DraftPurpose Purpose, DateTimeOffset CreatedAt)>> ListMadeSinceAsync(string mailboxId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var made = await db.Threads.AsNoTracking()
            .Where(t => t.MailboxId == mailboxId)
            .SelectMany(t => t.Drafts)
            .Where(d => d.CreatedAt > since)
            .Select(d => new { d.Purpose, d.CreatedAt })
            .ToListAsync(cancellationToken);
        return [.. made.Select(d => (d.Purpose, d.CreatedAt))];
    }

    public async Task<IReadOnlyList<DraftClaim>> ListClaimsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.DraftClaims.AsNoTracking().OrderBy(c => c.ClaimedAt).ToListAsync(cancellationToken);
        return [.. rows.Select(DraftClaim.From)];
    }

    public async Task ReleaseAsync(string draftKey, string holder, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.DraftClaims
            .Where(c => c.DraftKey == draftKey && c.Holder == holder)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
