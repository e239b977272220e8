using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace OutreachAssistant.Sandbox.Faults;

/// <summary>Per-mailbox requests, firings and Retry-After violations of a chaos run.</summary>
internal sealed class FaultStats
{
    private readonly Dictionary<string, MailboxFaultStats> mailboxes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Requests arriving this soon after a Retry-After was given were already on their way: a client may
    /// have 4 in flight per mailbox, and they queue here behind the one that was throttled.
    /// </summary>
    private static readonly long InFlightGrace = Stopwatch.Frequency / 20;

    /// <summary>
    /// Counts a request. One sent after the mailbox's last Retry-After was given and before it ran out is a
    /// violation; one already on its way when the Retry-After was given could not have known.
    /// </summary>
    public void Request(string mailbox, long arrivalTimestamp, string requestId)
    {
        lock (mailboxes)
        {
            Count(mailbox, arrivalTimestamp, requestId);
        }
    }

    private void Count(string mailbox, long arrivalTimestamp, string requestId)
    {
        var stats = For(mailbox);
        stats.Requests++;
        if (stats.NotBeforeTimestamp is { } notBefore && arrivalTimestamp < notBefore
            && arrivalTimestamp - InFlightGrace > stats.NotBeforeGivenAt && stats.NotBeforeSetBy != requestId)
        {
            stats.RetryAfterViolations++;
        }
    }

    public void Fired(string mailbox) => For(mailbox).Fired++;

    public void RetryAfter(string mailbox, TimeSpan wait, DateTimeOffset now, string requestId)
    {
        lock (mailboxes)
        {
            Hold(mailbox, wait, now, requestId);
        }
    }

    private void Hold(string mailbox, TimeSpan wait, DateTimeOffset now, string requestId)
    {
        var stats = For(mailbox);
        stats.NotBeforeGivenAt = Stopwatch.GetTimestamp();
        stats.NotBeforeTimestamp = Stopwatch.GetTimestamp() + (long)(wait.TotalSeconds * Stopwatch.Frequency);
        stats.NotBefore = now + wait;
        stats.NotBeforeSetBy = requestId;
    }

    public void Clear() => mailboxes.Clear();

    public JsonObject Describe() => new()
    {
        ["fired"] = PerMailbox(s => s.Fired),
        ["retryAfterViolations"] = PerMailbox(s => s.RetryAfterViolations),
        ["requests"] = PerMailbox(s => s.Requests),
        ["notBefore"] = PerMailbox(s => s.NotBefore?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
    };

    private JsonObject PerMailbox<T>(Func<MailboxFaultStats, T> value) =>
        new(mailboxes.Select(m => KeyValuePair.Create(m.Key, (JsonNode?)JsonValue.Create(value(m.Value)))));

    private MailboxFaultStats For(string mailbox)
    {
        if (!mailboxes.TryGetValue(mailbox, out var stats))
        {
            stats = new MailboxFaultStats();
            mailboxes[mailbox] = stats;
        }

        return stats;
    }
}
