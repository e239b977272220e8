namespace OutreachAssistant.Core.FollowUps;

/// <summary>
/// Everything to do with a thread now, decided in one place: its state, wake-up and reason; the drafts to set
/// aside and why; the bounce to record; and the draft to make, if one is due.
/// </summary>
public sealed record ThreadPlan(
    FollowUpDecision Decision,
    IReadOnlyList<(ThreadDraft Draft, StaleCause Cause)> Retire,
    ThreadMessage? Bounce,
    DraftOrder? Draft)
{
    public bool CreateDraftNow => Draft is not null;
}
