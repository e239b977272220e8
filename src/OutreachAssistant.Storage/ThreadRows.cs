using Microsoft.EntityFrameworkCore;

namespace OutreachAssistant.Storage;

/// <summary>How a thread is written: added, or saved over the stored row only if no one saved it since it was read.</summary>
internal static class ThreadRows
{
    /// <summary>Puts the thread's row in the context, to be added or (when <paramref name="exists"/>) to save over its row at its revision.</summary>
    public static void Attach(OutreachDbContext db, ThreadRecord thread, bool exists)
    {
        var entry = db.Entry(thread.ToRow());
        entry.Property(OutreachDbContext.ContactKey).CurrentValue = OutreachDbContext.ContactKeyOf(thread.ContactAddress);
        entry.State = exists ? EntityState.Modified : EntityState.Added;
        if (exists)
        {
            // The signed name is written by the sync alone; a thread loaded before it learnt the name must not erase it.
            entry.Property(t => t.ContactSignedName).IsModified = false;
            entry.Property(t => t.Revision).OriginalValue = thread.Revision;
            entry.Property(t => t.Revision).CurrentValue = thread.Revision + 1;
        }
    }
}
