using System.Globalization;
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

    /// <summary>The slot a key names (the key says its purpose and number), or null for a key of another form.</summary>
    public static DraftSlot? FromKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split('/');
        if (parts.Length < 3 || !int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return null;
        }

        return parts[^2] switch
        {
            "follow-up" => new(DraftPurpose.FollowUp, sequence, key),
            "keep-in-touch" => new(DraftPurpose.KeepInTouch, sequence, key),
            _ => null,
        };
    }
}
