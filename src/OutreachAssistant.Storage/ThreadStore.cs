using Microsoft.EntityFrameworkCore;

namespace OutreachAssistant.Storage;

/// <summary>
/// The outreach threads, each read with its drafts. A thread is saved whole, guarded by its revision: a copy read
/// before another writer's save is refused, so an older picture of a thread never replaces a newer one.
/// </summary>
public sealed class ThreadStore(IDbContextFactory<OutreachDbContext> contexts)
{
    public async Task<ThreadRecord?> GetAsync(string threadId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Threads.AsNoTracking().Include(t => t.Drafts).SingleOrDefaultAsync(t => t.Id == threadId, cancellationToken);
        return row is null ? null : ThreadRecord.From(row);
    }

    /// <summary>Every thread, by mailbox, oldest outreach first.</summary>
    public async Task<IReadOnlyList<ThreadRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Threads.AsNoTracking().Include(t => t.Drafts).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(t => t.MailboxId, StringComparer.Ordinal).ThenBy(t => t.OutreachSentAt).Select(ThreadRecord.From)];
    }

    /// <summary>Every thread of a mailbox with one contact, whatever its state, oldest outreach first.</summary>
    public async Task<IReadOnlyList<ThreadRecord>> ListOfContactAsync(string mailboxId, string address, CancellationToken cancellationToken)
    {
        var key = OutreachDbContext.ContactKeyOf(address);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Threads.AsNoTracking().Include(t => t.Drafts)
            .Where(t => t.MailboxId == mailboxId && EF.Property<string>(t, OutreachDbContext.ContactKey) == key)
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(t => t.OutreachSentAt).Select(ThreadRecord.From)];
    }

    /// <summary>Everyone a mailbox has a thread with, as the store keys contacts (upper case).</summary>
    public async Task<IReadOnlySet<string>> ListContactKeysAsync(string mailboxId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = await db.Threads.AsNoTracking()
            .Where(t => t.MailboxId == mailboxId)
            .Select(t => EF.Property<string>(t, OutreachDbContext.ContactKey))
            .Distinct()
            .ToListAsync(cancellationToken);
        return keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Threads whose wake-up has come: due for a draft, or for a plan that time alone has changed. Read without their drafts.</summary>
    public async Task<IReadOnlyList<ThreadRecord>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Threads.AsNoTracking()
            .Where(t => t.WakeUpAt != null && t.WakeUpAt <= now)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ThreadRecord.From)];
    }

    /// <summary>Records how the contact signs on every thread with them; returns how many threads that was.</summary>
    public async Task<int> SetContactSignedNameAsync(string mailboxId, string address, string signedName, CancellationToken cancellationToken)
    {
        var key = OutreachDbContext.ContactKeyOf(address);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Threads
            .Where(t => t.MailboxId == mailboxId && EF.Property<string>(t, OutreachDbContext.ContactKey) == key)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ContactSignedName, signedName), cancellationToken);
    }

    /// <summary>Adds the thread, or saves over it if no one else has since it was read.</summary>
    /// <returns>The thread as saved: the copy to change and save next (its revision moved on when it saved over the thread).</returns>
    /// <exception cref="StaleThreadException">Another writer saved the thread after this copy was read; nothing was written.</exception>
    public async Task<ThreadRecord> SaveAsync(ThreadRecord thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var exists = await db.Threads.AnyAsync(t => t.Id == thread.Id, cancellationToken);
        ThreadRows.Attach(db, thread, exists);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new StaleThreadException($"Thread {thread.Id} was saved by another writer after revision {thread.Revision} was read.", ex);
        }

        return exists ? thread with { Revision = thread.Revision + 1 } : thread;
    }
}
