using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Storage;

/// <summary>
/// A draft some process is about to make: put on the ledger before anything is asked of the mailbox, ended when
/// the draft is recorded. Two writers cannot both hold one key, and a claim left by a crash says where to look.
/// </summary>
public sealed record DraftClaim
{
    public required string DraftKey { get; init; }

    public required string ThreadId { get; init; }

    /// <summary>The host that holds the claim: one id per running host, never reused.</summary>
    public required string Holder { get; init; }

    public DateTimeOffset ClaimedAt { get; init; }

    /// <summary>The draft <c>createReply</c> made under the claim, noted before anything else is written to it; null until then.</summary>
    public string? MessageId { get; init; }

    internal static DraftClaim From(DraftClaimEntity row) => new()
    {
        DraftKey = row.DraftKey,
        ThreadId = row.ThreadId,
        Holder = row.Holder,
        ClaimedAt = row.ClaimedAt,
        MessageId = row.MessageId,
    };

    internal DraftClaimEntity ToRow() => new()
    {
        DraftKey = DraftKey,
        ThreadId = ThreadId,
        Holder = Holder,
        ClaimedAt = ClaimedAt,
        MessageId = MessageId,
    };
}
