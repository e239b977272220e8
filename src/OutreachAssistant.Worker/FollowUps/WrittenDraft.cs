using OutreachAssistant.Storage;

namespace OutreachAssistant.Worker.FollowUps;

/// <summary>
/// A draft the writer ensured. <paramref name="IsNew"/>: this call put it on record, having made it or found it
/// in the mailbox left unrecorded by a run that died; false when the ledger already had it (another run's).
/// </summary>
public sealed record WrittenDraft(DraftRecord Draft, bool IsNew);
