using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Storage;

/// <summary>
/// The record of drafts made: looked up before a draft is created, claimed before the mailbox is asked for
/// anything, told which draft <c>createReply</c> made, written once the draft is done (which ends the claim), and
/// marked when a reply made the draft stale.
/// </summary>
public interface IDraftLedger
{
    Task<DraftRecord?> FindAsync(string draftKey, CancellationToken cancellationToken);

    /// <summary>
    /// Claims a key atomically; a claim of another holder made before <paramref name="takeOverBefore"/>, or one whose
    /// holder the database knows has stopped (PostgreSQL, <see cref="DraftClaimHolders"/>), counts as left by a crash.
    /// </summary>
    Task<DraftClaimResult> ClaimAsync(DraftClaim claim, DateTimeOffset takeOverBefore, CancellationToken cancellationToken);

    /// <summary>Notes on the holder's claim the draft just made, before anything is written to it.</summary>
    Task NoteMadeAsync(string draftKey, string holder, string messageId, CancellationToken cancellationToken);

    Task RecordAsync(DraftRecord draft, CancellationToken cancellationToken);

    /// <summary>Notes that a reply made the draft stale and it was marked (or deleted) in the mailbox.</summary>
    Task MarkStaleAsync(string draftKey, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>When the mailbox's drafts made since <paramref name="since"/> were made, and what for.</summary>
    Task<IReadOnlyList<(DraftPurpose Purpose, DateTimeOffset CreatedAt)>> ListMadeSinceAsync(string mailboxId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Every claim on the ledger: those of live writers, and those a stopped process left.</summary>
    Task<IReadOnlyList<DraftClaim>> ListClaimsAsync(CancellationToken cancellationToken);

    /// <summary>Lets go of the holder's claim on a key whose draft was never made.</summary>
    Task ReleaseAsync(string draftKey, string holder, CancellationToken cancellationToken);
}
