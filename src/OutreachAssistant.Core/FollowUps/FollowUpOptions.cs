namespace OutreachAssistant.Core.FollowUps;

/// <summary>
/// When follow-ups are due. The guides: wait one to two weeks before one gentle follow-up, and
/// repeated follow-ups within days strain the relationship. Bound from <c>FollowUps</c>.
/// </summary>
public sealed class FollowUpOptions
{
    /// <summary>How long after the last unanswered outbound message a follow-up is due. <value>Default: 10 days.</value></summary>
    public TimeSpan FirstFollowUpAfter { get; set; } = TimeSpan.FromDays(10);

    /// <summary>The least time between two follow-ups to one thread. <value>Default: 14 days.</value></summary>
    public TimeSpan MinimumGap { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How many follow-up drafts one thread may get. <value>Default: 1.</value></summary>
    public int MaxFollowUps { get; set; } = 1;
}
