namespace OutreachAssistant.Storage.Entities;

/// <summary>
/// A draft some process is about to make: written before anything is asked of the mailbox, removed when the
/// draft is recorded. Two writers cannot both hold one key, and a claim left by a crash says where to look.
/// </summary>
public sealed class DraftClaimEntity
{
    public required string DraftKey { get; set; }

    public required string ThreadId { get; set; }

    /// <summary>The host that holds the claim: one id per running host, never reused.</summary>
    public required string Holder { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }

    /// <summary>
    /// The draft <c>createReply</c> made, noted before anything else is written to it: Graph does not promise
    /// to keep our key on <c>createReply</c>, so until the draft is written this id is how it is found again.
    /// </summary>
    public string? MessageId { get; set; }
}
