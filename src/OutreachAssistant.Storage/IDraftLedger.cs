using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Storage;

/// <summary>
/// The record of drafts made: looked up before a draft is created, claimed before the mailbox is asked for
/// anything, written right after (which ends the claim).
/// </summary>
public interface IDraftLedger
{
    Task<DraftEntity?> FindAsync(string draftKey, CancellationToken cancellationToken);

    /// <summary>Claims a key atomically; a claim of another holder made before <paramref name="takeOverBefore"/> counts as left by a crash.</summary>
    Task<DraftClaimOutcome> ClaimAsync(DraftClaimEntity claim, DateTimeOffset takeOverBefore, CancellationToken cancellationToken);

    /// <summary>Gives a claim up (the draft could not be made now); the next attempt looks in the mailbox first anyway.</summary>
    Task ReleaseAsync(string draftKey, string holder, CancellationToken cancellationToken);

    Task RecordAsync(DraftEntity draft, CancellationToken cancellationToken);
}
