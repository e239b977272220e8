namespace OutreachAssistant.Core.FollowUps;

/// <summary>Which states leave a thread open: unanswered, and neither moved on nor undeliverable.</summary>
public static class OutreachThreadStates
{
    /// <summary>The states a new message can still change; the store re-plans threads in these.</summary>
    public static IReadOnlyList<OutreachThreadState> Open { get; } =
        [OutreachThreadState.Waiting, OutreachThreadState.Due, OutreachThreadState.Drafted, OutreachThreadState.FollowedUp];

    public static bool IsOpen(this OutreachThreadState state) => Open.Contains(state);
}
