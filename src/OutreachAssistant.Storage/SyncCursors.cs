using Microsoft.EntityFrameworkCore;
using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Storage;

/// <summary>
/// Each mailbox folder's delta link, which continues its sync where the last one ended. A sync saves every folder's
/// link at its end, so the latest save is when the mailbox last synced.
/// </summary>
public sealed class SyncCursors(IDbContextFactory<OutreachDbContext> contexts)
{
    public async Task<string?> GetDeltaLinkAsync(string mailboxId, string folder, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cursor = await db.SyncCursors.FindAsync([mailboxId, folder], cancellationToken);
        return cursor?.DeltaLink;
    }

    /// <summary>Saves the folder's link; null forgets it, so the next sync reads the folder from the start.</summary>
    public async Task SaveDeltaLinkAsync(string mailboxId, string folder, string? deltaLink, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cursor = db.SyncCursors.Where(c => c.MailboxId == mailboxId && c.Folder == folder);
        if (deltaLink is null)
        {
            await cursor.ExecuteDeleteAsync(cancellationToken);
            return;
        }

        // Every sync of every mailbox ends here: one statement when the folder has a link already, not a read and a write.
        if (await cursor.ExecuteUpdateAsync(s => s.SetProperty(c => c.DeltaLink, deltaLink).SetProperty(c => c.UpdatedAt, now), cancellationToken) == 0)
        {
            db.SyncCursors.Add(new SyncCursorEntity { MailboxId = mailboxId, Folder = folder, DeltaLink = deltaLink, UpdatedAt = now });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>When each mailbox's folders last reached their delta link: a folder listed has been read through at least once.</summary>
    public async Task<IReadOnlyList<(string MailboxId, string Folder, DateTimeOffset UpdatedAt)>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cursors = await db.SyncCursors.AsNoTracking().Select(c => new { c.MailboxId, c.Folder, c.UpdatedAt }).ToListAsync(cancellationToken);
        return [.. cursors.Select(c => (c.MailboxId, c.Folder, c.UpdatedAt))];
    }

    /// <summary>When each mailbox last finished a sync.</summary>
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> LastSyncedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // A few rows (two folders a mailbox), and SQLite cannot order DateTimeOffset values: compared here.
        var cursors = await db.SyncCursors.AsNoTracking().Select(c => new { c.MailboxId, c.UpdatedAt }).ToListAsync(cancellationToken);
        return cursors.GroupBy(c => c.MailboxId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Max(c => c.UpdatedAt), StringComparer.OrdinalIgnoreCase);
    }
}
