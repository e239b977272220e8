namespace OutreachAssistant.Core.FollowUps;

/// <summary>How long an automatic reply holds a thread: until a day after the stated return, or a set pause.</summary>
internal sealed record OutOfOfficePause(DateTimeOffset Until, DateOnly? ReturnsOn)
{
    public string Reason(ReasonText say) => ReturnsOn is { } back
        ? $"paused: out of office until {ReasonText.Date(back)}"
        : $"paused: automatic reply with no return date, until {say.Day(Until)}";
}
