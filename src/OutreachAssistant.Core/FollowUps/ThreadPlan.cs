namespace OutreachAssistant.Core.FollowUps;

/// <summary>
/// Everything to do with a thread now, decided in one place: its state, wake-up and reason; the drafts to set
/// aside and why; the bounce to record; the draft to make, if one is due; the stop to record and the categories
/// to put on or take off its messages.
/// </summary>
public sealed record ThreadPlan(
    FollowUpDecision Decision,
    IReadOnlyList<(ThreadDraft Draft, StaleCause Cause)> Retire,
    ThreadMessage? Bounce,
    DraftOrder? Draft)
{
    public bool CreateDraftNow => Draft is not null;

    /// <summary>A stop found now (a stopping category in Outlook) that the thread must remember; null when none is new.</summary>
    public ThreadStop? Stop { get; init; }

    /// <summary>Categories to put on or take off the thread's messages ("your turn").</summary>
    public IReadOnlyList<CategoryChange> Categories { get; init; } = [];

    /// <summary>The answer that wears the "your turn" category once <see cref="Categories"/> are applied; null when none.</summary>
    public string? YourTurnMarkedOn { get; init; }
}
