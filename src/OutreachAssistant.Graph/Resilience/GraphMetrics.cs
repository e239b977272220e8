using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;

namespace OutreachAssistant.Graph.Resilience;

/// <summary>
/// What crosses the wire to Graph, per mailbox (its own short name, never an address): every attempt and its
/// status, the throttled ones (429 and 503), and the Retry-After that Graph asked for. Nothing is recorded unless
/// a listener (the service's OpenTelemetry meter provider) is attached.
/// </summary>
public static class GraphMetrics
{
    public const string MeterName = "OutreachAssistant.Graph";

    /// <summary>The tag of a request that names no mailbox (none of ours does without one).</summary>
    public const string UnnamedMailbox = "(none)";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Requests = Meter.CreateCounter<long>(
        "outreach.graph.requests", "{request}", "Requests sent to Graph, each retry counted, by mailbox and HTTP status (or error when none came back).");

    private static readonly Counter<long> Throttles = Meter.CreateCounter<long>(
        "outreach.graph.throttles", "{response}", "Graph answers that asked to slow down (429 Too Many Requests, 503 Service Unavailable), by mailbox.");

    private static readonly Histogram<double> RetryAfterWaits = Meter.CreateHistogram<double>(
        "outreach.graph.retry_after",
        "s",
        "The wait each Retry-After from Graph asked for, by mailbox; the mailbox's lane sends nothing until it has passed.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 2, 5, 10, 30, 60, 120, 300] });

    internal static void Sent(string mailbox, HttpResponseMessage? response)
    {
        var status = response is null ? "error" : ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        Requests.Add(1, new TagList { { "mailbox", mailbox }, { "status", status } });
        if (response?.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
        {
            Throttles.Add(1, new TagList { { "mailbox", mailbox }, { "status", status } });
        }
    }

    internal static void RetryAfterAsked(string mailbox, TimeSpan wait) =>
        RetryAfterWaits.Record(wait.TotalSeconds, new KeyValuePair<string, object?>("mailbox", mailbox));
}
