namespace OutreachAssistant.Core.FollowUps;

/// <summary>A draft the service made, as the policy sees it: which one it is, when it was made, and whether it was already set aside.</summary>
/// <param name="Key">Its key (<see cref="ThreadIds"/>), the same in the ledger and on the draft in the mailbox.</param>
/// <param name="Purpose">A follow-up or a keep-in-touch update.</param>
/// <param name="Sequence">The thread's n-th follow-up, or the contact's n-th update.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="IsSetAside">Already marked stale or superseded (or deleted): nothing more to do with it.</param>
public sealed record ThreadDraft(string Key, DraftPurpose Purpose, int Sequence, DateTimeOffset CreatedAt, bool IsSetAside = false);
