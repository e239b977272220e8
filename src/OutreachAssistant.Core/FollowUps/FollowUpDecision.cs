namespace OutreachAssistant.Core.FollowUps;

/// <summary>What to do with a thread now, when to look again, and why, in words for <c>outreach status</c>.</summary>
public sealed record FollowUpDecision(OutreachThreadState State, DateTimeOffset? NextActionAt, string Reason)
{
    /// <summary>
    /// When time alone changes this answer though no action is due (a drafted thread moves on once the gap
    /// has passed); null when only new mail can change it.
    /// </summary>
    public DateTimeOffset? ChangesAt { get; init; }

    /// <summary>When to look at the thread again: its next action, or the moment its answer changes by itself, whichever comes first.</summary>
    public DateTimeOffset? WakeUpAt => NextActionAt is { } next && ChangesAt is { } changes ? (next < changes ? next : changes) : NextActionAt ?? ChangesAt;

    public bool CreateDraftNow => State is OutreachThreadState.Due or OutreachThreadState.KeepInTouchDue;

    /// <summary>Which draft to make when one is due.</summary>
    public DraftPurpose Purpose => State == OutreachThreadState.KeepInTouchDue ? DraftPurpose.KeepInTouch : DraftPurpose.FollowUp;
}
