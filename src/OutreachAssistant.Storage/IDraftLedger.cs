using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Storage;

/// <summary>
/// The record of drafts made: looked up before a draft is created, claimed before the mailbox is asked for
/// anything, told which draft <c>createReply</c> made, written once the draft is done (which ends the claim).
/// </summary>
public interface IDraftLedger
{
    Task<DraftEntity?> FindAsync(string draftKey, CancellationToken cancellationToken);

    /// <summary>
    /// Claims a key atomically; a claim of another holder made before <paramref name="takeOverBefore"/>, or one whose
    /// holder the database knows has stopped (PostgreSQL, <see cref="DraftClaimHolders"/>), counts as left by a crash.
    /// </summary>
    Task<DraftClaimResult> ClaimAsync(DraftClaimEntity claim, DateTimeOffset takeOverBefore, CancellationToken cancellationToken);

    /// <summary>Notes on the holder's claim the draft just made, before anything is written to it.</summary>
    Task NoteMadeAsync(string draftKey, string holder, string messageId, CancellationToken cancellationToken);

    Task RecordAsync(DraftEntity draft, CancellationToken cancellationToken);

    /// <summary>Every claim on the ledger: those of live writers, and those a stopped process left.</summary>
    Task<IReadOnlyList<DraftClaimEntity>> ListClaimsAsync(CancellationToken cancellationToken);

    /// <summary>Lets go of the holder's claim on a key whose draft was never made.</summary>
    Task ReleaseAsync(string draftKey, string holder, CancellationToken cancellationToken);
}
