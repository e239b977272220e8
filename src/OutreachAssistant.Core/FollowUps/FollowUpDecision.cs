namespace OutreachAssistant.Core.FollowUps;

/// <summary>What to do with a thread now, when to look again, and why, in words for <c>outreach status</c>.</summary>
public sealed record FollowUpDecision(OutreachThreadState State, DateTimeOffset? NextActionAt, string Reason)
{
    public bool CreateDraftNow => State is OutreachThreadState.Due or OutreachThreadState.KeepInTouchDue;

    /// <summary>Which draft to make when one is due.</summary>
    public DraftPurpose Purpose => State == OutreachThreadState.KeepInTouchDue ? DraftPurpose.KeepInTouch : DraftPurpose.FollowUp;
}
