using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Storage;

namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>The draft ledger as it is, for a test to change one step of: a crash, or a wait, where it says.</summary>
public abstract class DelegatingDraftLedger(IDraftLedger inner) : IDraftLedger
{
    public virtual Task<DraftRecord?> FindAsync(string draftKey, CancellationToken cancellationToken) => inner.FindAsync(draftKey, cancellationToken);

    public virtual Task<DraftClaimResult> ClaimAsync(DraftClaim claim, DateTimeOffset takeOverBefore, CancellationToken cancellationToken) =>
        inner.ClaimAsync(claim, takeOverBefore, cancellationToken);

    public virtual Task NoteMadeAsync(string draftKey, string holder, string messageId, CancellationToken cancellationToken) =>
        inner.NoteMadeAsync(draftKey, holder, messageId, cancellationToken);

    public virtual Task RecordAsync(DraftRecord draft, CancellationToken cancellationToken) => inner.RecordAsync(draft, cancellationToken);

    public virtual Task MarkStaleAsync(string draftKey, DateTimeOffset at, CancellationToken cancellationToken) => inner.MarkStaleAsync(draftKey, at, cancellationToken);

    public virtual Task<IReadOnlyList<(DraftPurpose Purpose, DateTimeOffset CreatedAt)>> ListMadeSinceAsync(string mailboxId, DateTimeOffset since, CancellationToken cancellationToken) =>
        inner.ListMadeSinceAsync(mailboxId, since, cancellationToken);

    public virtual Task<IReadOnlyList<DraftClaim>> ListClaimsAsync(CancellationToken cancellationToken) => inner.ListClaimsAsync(cancellationToken);

    public virtual Task ReleaseAsync(string draftKey, string holder, CancellationToken cancellationToken) => inner.ReleaseAsync(draftKey, holder, cancellationToken);
}
