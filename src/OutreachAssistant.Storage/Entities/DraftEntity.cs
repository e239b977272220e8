using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Storage.Entities;

/// <summary>A draft the service made (a follow-up or a keep-in-touch update). Its key is also stamped on the draft in the mailbox.</summary>
public sealed class DraftEntity
{
    /// <summary>
    /// "{thread id}/follow-up/{n}", or "{contact id}/keep-in-touch/{n}" (counted per contact): the same
    /// thread or contact and number always give the same key.
    /// </summary>
    public required string DraftKey { get; set; }

    /// <summary>The thread the draft replies in; a keep-in-touch update belongs to the contact's latest answered thread.</summary>
    public required string ThreadId { get; set; }

    public DraftPurpose Purpose { get; set; }

    /// <summary>The n of the key: the thread's n-th follow-up, or the contact's n-th keep-in-touch update.</summary>
    public int Sequence { get; set; }

    public required string MessageId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When a reply made this draft stale and it was marked (or deleted); null while it is not.</summary>
    public DateTimeOffset? StaleMarkedAt { get; set; }
}
