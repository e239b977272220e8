namespace OutreachAssistant.Core.FollowUps;

/// <summary>What to do with a thread now, when to look again, and why, in words for <c>outreach status</c>.</summary>
public sealed record FollowUpDecision(OutreachThreadState State, DateTimeOffset? NextActionAt, string Reason)
{
    public bool CreateDraftNow => State == OutreachThreadState.Due;
}
