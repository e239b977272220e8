using System.Diagnostics;

namespace OutreachAssistant.Worker.Telemetry;

/// <summary>
/// Traces of the service's two units of work: a mailbox sync and a woken thread's follow-up. Tags carry our own ids
/// (mailbox id, thread id), never an address or subject. Nothing is made unless a listener (OTLP tracing) is attached.
/// </summary>
public static class OutreachActivities
{
    public const string SourceName = "OutreachAssistant";

    public const string MailboxTag = "outreach.mailbox.id";

    public const string ThreadTag = "outreach.thread.id";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>Around one mailbox sync; null when nobody listens.</summary>
    public static Activity? StartSync(string mailboxId) =>
        Source.StartActivity("outreach.mailbox.sync")?.SetTag(MailboxTag, mailboxId);

    /// <summary>Around one woken thread's follow-up; null when nobody listens.</summary>
    public static Activity? StartFollowUp(string threadId) =>
        Source.StartActivity("outreach.followup")?.SetTag(ThreadTag, threadId);

    /// <summary>Marks the activity failed with the exception's type only: its message may quote mail.</summary>
    public static void Failed(Activity? activity, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
    }
}
