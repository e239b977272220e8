namespace OutreachAssistant.Worker.Steering;

/// <summary>What <c>outreach stop|resume|snooze</c> asks of a thread.</summary>
public enum SteerAction
{
    /// <summary>No more suggestions, for good.</summary>
    Stop,

    /// <summary>Back to the rules: the stop and the snooze are lifted.</summary>
    Resume,

    /// <summary>No suggestion before a day.</summary>
    Snooze,
}
