namespace OutreachAssistant.Core.FollowUps;

/// <summary>Which states leave a thread open: unanswered, and neither moved on nor undeliverable.</summary>
public static class OutreachThreadStates
{
    /// <summary>The states of a thread still waiting on its contact (unanswered, not moved on, not bounced); a new message can change them.</summary>
    public static IReadOnlyList<OutreachThreadState> Open { get; } =
        [OutreachThreadState.Waiting, OutreachThreadState.Due, OutreachThreadState.Drafted, OutreachThreadState.FollowedUp, OutreachThreadState.Snoozed];

    public static bool IsOpen(this OutreachThreadState state) => Open.Contains(state);
}
