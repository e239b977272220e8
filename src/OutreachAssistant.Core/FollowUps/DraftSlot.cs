using System.Globalization;

namespace OutreachAssistant.Core.FollowUps;

/// <summary>Which draft is about to be made: its purpose, its number and the key that makes it exactly-once.</summary>
public sealed record DraftSlot(DraftPurpose Purpose, int Sequence, string Key)
{
    /// <summary>The thread's next follow-up; keep-in-touch drafts on the thread do not count.</summary>
    public static DraftSlot NextFollowUp(string threadId, IEnumerable<ThreadDraft> threadDrafts)
    {
        ArgumentNullException.ThrowIfNull(threadDrafts);
        var sequence = threadDrafts.Count(d => d.Purpose == DraftPurpose.FollowUp) + 1;
        return new(DraftPurpose.FollowUp, sequence, ThreadIds.DraftKey(threadId, sequence));
    }

    /// <summary>The contact's next keep-in-touch update, after <paramref name="madeBefore"/> made in all the contact's threads.</summary>
    public static DraftSlot NextKeepInTouch(string mailboxId, string contactAddress, int madeBefore)
    {
        var sequence = madeBefore + 1;
        return new(DraftPurpose.KeepInTouch, sequence, ThreadIds.KeepInTouchKey(mailboxId, contactAddress, sequence));
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
            ThreadIds.FollowUpSegment => new(DraftPurpose.FollowUp, sequence, key),
            ThreadIds.KeepInTouchSegment => new(DraftPurpose.KeepInTouch, sequence, key),
            _ => null,
        };
    }
}
