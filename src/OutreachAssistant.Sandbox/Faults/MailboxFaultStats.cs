namespace OutreachAssistant.Sandbox.Faults;

/// <summary>Counters of one mailbox, and when it may be called again after the last Retry-After.</summary>
internal sealed class MailboxFaultStats
{
    public int Requests { get; set; }

    public int Fired { get; set; }

    public int RetryAfterViolations { get; set; }

    /// <summary>Stopwatch timestamp: clients wait in real time even when the sandbox clock is manual.</summary>
    public long? NotBeforeTimestamp { get; set; }

    /// <summary>Stopwatch timestamp of when that Retry-After was given.</summary>
    public long NotBeforeGivenAt { get; set; }

    /// <summary>The same moment by the sandbox clock, for the stats view.</summary>
    public DateTimeOffset? NotBefore { get; set; }

    /// <summary>The request that got the Retry-After; the rest of its own $batch is no violation.</summary>
    public string? NotBeforeSetBy { get; set; }
}
