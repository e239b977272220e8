namespace OutreachAssistant.Core.FollowUps;

/// <summary>A thread stopped for good: by whom, when it was noticed, and (from Outlook) the category that said so.</summary>
public sealed record ThreadStop(StopSource Source, DateTimeOffset At, string? Category = null)
{
    /// <summary>"the Outlook category "Outreach: stop"" or "the command line", for the reason <c>status</c> shows.</summary>
    public string Who => Source == StopSource.OutlookCategory ? $"the Outlook category \"{Category}\"" : "the command line";
}
