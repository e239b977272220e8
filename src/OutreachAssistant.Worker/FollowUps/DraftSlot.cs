using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Storage.Entities;
using OutreachAssistant.Worker.Tracking;

namespace OutreachAssistant.Worker.FollowUps;

/// <summary>Which draft is about to be made: its purpose, its number and the key that makes it exactly-once.</summary>
public sealed record DraftSlot(DraftPurpose Purpose, int Sequence, string Key)
{
    /// <summary>The thread's next follow-up; keep-in-touch drafts on the thread do not count.</summary>
    public static DraftSlot NextFollowUp(ThreadEntity thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var sequence = thread.Drafts.Count(d => d.Purpose == DraftPurpose.FollowUp) + 1;
        return new(DraftPurpose.FollowUp, sequence, ThreadIds.DraftKey(thread.Id, sequence));
    }

    /// <summary>The contact's next keep-in-touch update, counted over all the contact's threads.</summary>
    public static DraftSlot NextKeepInTouch(ThreadEntity thread, IEnumerable<ThreadEntity> contactThreads)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var sequence = contactThreads.SelectMany(t => t.Drafts).Count(d => d.Purpose == DraftPurpose.KeepInTouch) + 1;
        return new(DraftPurpose.KeepInTouch, sequence, ThreadIds.KeepInTouchKey(thread.MailboxId, thread.ContactAddress, sequence));
    }
}
