using Microsoft.EntityFrameworkCore;
using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Storage;

/// <summary>What each mailbox's last connection learnt, kept so that a sync need not ask Graph again until it is old.</summary>
public sealed class MailboxProfiles(IDbContextFactory<OutreachDbContext> contexts)
{
    /// <returns>The stored profile and when it was read, or null when none is stored.</returns>
    public async Task<(string Profile, DateTimeOffset ReadAt)?> FindAsync(string mailboxId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await db.MailboxStates.AsNoTracking().SingleOrDefaultAsync(m => m.MailboxId == mailboxId, cancellationToken);
        return state is { Profile: { } profile, ProfileReadAt: { } readAt } ? (profile, readAt) : null;
    }

    /// <summary>Keeps a profile just read from Graph (null: not to be reused), with the zone <c>outreach status</c> speaks in and what had to be assumed.</summary>
    public async Task SaveAsync(string mailboxId, string? profile, string? timeZone, string? assumption, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await db.MailboxStates.FindAsync([mailboxId], cancellationToken);
        if (state is null)
        {
            state = new MailboxStateEntity { MailboxId = mailboxId, Status = "not-synced", UpdatedAt = now };
            db.MailboxStates.Add(state);
        }

        (state.Profile, state.ProfileReadAt, state.TimeZone, state.TimeZoneAssumption) = (profile, now, timeZone, assumption);
        await db.SaveChangesAsync(cancellationToken);
    }
}
