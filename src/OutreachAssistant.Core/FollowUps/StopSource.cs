namespace OutreachAssistant.Core.FollowUps;

/// <summary>Who stopped a thread.</summary>
public enum StopSource
{
    /// <summary>A stop or exclude category the user put on one of the thread's messages in Outlook.</summary>
    OutlookCategory,

    /// <summary><c>outreach stop</c>.</summary>
    CommandLine,
}
