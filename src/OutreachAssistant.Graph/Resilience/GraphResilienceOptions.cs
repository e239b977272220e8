namespace OutreachAssistant.Graph.Resilience;

/// <summary>How the service treats Graph under load and faults. Bound from <c>Graph:Resilience</c>.</summary>
public sealed class GraphResilienceOptions
{
    /// <summary>The configuration section these settings are bound from.</summary>
    public const string SectionName = "Graph:Resilience";

    /// <summary>Requests in flight to one mailbox at once; Outlook allows 4. <value>Default: 4.</value></summary>
    public int MaxConcurrentRequestsPerMailbox { get; set; } = 4;

    /// <summary>Retries of a throttled or failed request. <value>Default: 4.</value></summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first back-off when Graph gives no Retry-After; it doubles each time. <value>Default: 2 seconds.</value></summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait for one attempt before it counts as a timeout. <value>Default: 60 seconds.</value></summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A limit on one request with all its attempts and Retry-After waits, or null for none. The SDK's own
    /// HttpClient gives up after 100 seconds, which a Retry-After of 90 seconds and one more attempt overrun;
    /// each attempt is already bounded by <see cref="AttemptTimeout"/> and their number by <see cref="MaxRetries"/>.
    /// <value>Default: null (no overall limit).</value>
    /// </summary>
    public TimeSpan? RequestTimeout { get; set; }

    /// <summary>How long a mailbox whose requests keep failing is left alone. <value>Default: 2 minutes.</value></summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Share of failed attempts, within a minute, that opens a mailbox's circuit. <value>Default: 0.5.</value></summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Attempts within a minute before the failure share counts. <value>Default: 10.</value></summary>
    public int MinimumThroughput { get; set; } = 10;
}
