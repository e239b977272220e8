using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OutreachAssistant.Worker.Telemetry;

/// <summary>
/// The service's own measures, tagged by mailbox (its id from <c>Mailboxes</c>, never an address). Graph's requests,
/// throttles and Retry-After waits are measured where they cross the wire (<see cref="Graph.Resilience.GraphMetrics"/>).
/// Nothing is recorded unless a listener (the service's OpenTelemetry meter provider) is attached.
/// </summary>
public static class OutreachMetrics
{
    public const string MeterName = "OutreachAssistant";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> DraftsCreated = Meter.CreateCounter<long>(
        "outreach.drafts.created", "{draft}", "Reply drafts made in a mailbox, by mailbox and purpose (follow-up, keep-in-touch).");

    private static readonly Counter<long> Syncs = Meter.CreateCounter<long>(
        "outreach.syncs", "{sync}", "Mailbox syncs (Inbox and Sent Items read to their delta links), by mailbox and outcome (ok, failed).");

    private static readonly Histogram<double> SyncDuration = Meter.CreateHistogram<double>(
        "outreach.sync.duration",
        "s",
        "How long a mailbox sync took, by outcome.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600] });

    private static readonly Counter<long> DueThreads = Meter.CreateCounter<long>(
        "outreach.threads.due", "{thread}", "Woken threads whose plan said a draft was due, by mailbox (before the mailbox was read again).");

    private static readonly Counter<long> SkippedMessages = Meter.CreateCounter<long>(
        "outreach.messages.skipped", "{message}", "Messages too broken to read, left out by a sync, by mailbox and reason code.");

    public static void DraftCreated(string mailboxId, string purpose) =>
        DraftsCreated.Add(1, new TagList { { "mailbox", mailboxId }, { "purpose", purpose } });

    public static void Synced(string mailboxId, bool ok, TimeSpan took)
    {
        var outcome = ok ? "ok" : "failed";
        Syncs.Add(1, new TagList { { "mailbox", mailboxId }, { "outcome", outcome } });
        SyncDuration.Record(took.TotalSeconds, new KeyValuePair<string, object?>("outcome", outcome));
    }

    public static void ThreadDue(string mailboxId) => DueThreads.Add(1, new KeyValuePair<string, object?>("mailbox", mailboxId));

    public static void MessageSkipped(string mailboxId, string reason) =>
        SkippedMessages.Add(1, new TagList { { "mailbox", mailboxId }, { "reason", reason } });
}
