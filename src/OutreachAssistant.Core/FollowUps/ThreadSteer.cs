namespace OutreachAssistant.Core.FollowUps;

/// <summary>What the user said about a thread, over the policy: stopped for good, or put off until a moment.</summary>
/// <param name="Stop">The stop, once recorded; a stopped thread stays stopped until <c>outreach resume</c>.</param>
/// <param name="SnoozedUntil">Nothing is suggested before this moment (<c>outreach snooze</c>).</param>
public sealed record ThreadSteer(ThreadStop? Stop = null, DateTimeOffset? SnoozedUntil = null)
{
    public static ThreadSteer None { get; } = new();
}
