using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Storage;

/// <summary>A draft the service made (a follow-up or a keep-in-touch update), as the ledger records it.</summary>
public sealed record DraftRecord
{
    /// <summary>
    /// "{thread id}/follow-up/{n}", or "{contact id}/keep-in-touch/{n}" (counted per contact): the same
    /// thread or contact and number always give the same key. It is also stamped on the draft in the mailbox.
    /// </summary>
    public required string DraftKey { get; init; }

    /// <summary>The thread the draft replies in; a keep-in-touch update belongs to the contact's latest answered thread.</summary>
    public required string ThreadId { get; init; }

    public DraftPurpose Purpose { get; init; }

    /// <summary>The n of the key: the thread's n-th follow-up, or the contact's n-th keep-in-touch update.</summary>
    public int Sequence { get; init; }

    public required string MessageId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When a reply made this draft stale and it was marked (or deleted); null while it is not.</summary>
    public DateTimeOffset? StaleMarkedAt { get; init; }

    /// <summary>The draft as the follow-up policy sees it.</summary>
    public ThreadDraft ToThreadDraft() => new(DraftKey, Purpose, Sequence, CreatedAt, IsSetAside: StaleMarkedAt is not null);

    internal static DraftRecord From(DraftEntity row) => new()
    {
        DraftKey = row.DraftKey,
        ThreadId = row.ThreadId,
        Purpose = row.Purpose,
        Sequence = row.Sequence,
        MessageId = row.MessageId,
        CreatedAt = row.CreatedAt,
        StaleMarkedAt = row.StaleMarkedAt,
    };

    internal DraftEntity ToRow() => new()
    {
        DraftKey = DraftKey,
        ThreadId = ThreadId,
        Purpose = Purpose,
        Sequence = Sequence,
        MessageId = MessageId,
        CreatedAt = CreatedAt,
        StaleMarkedAt = StaleMarkedAt,
    };
}
