using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace OutreachAssistant.Sandbox.Faults;

/// <summary>Per-mailbox requests, firings and Retry-After violations of a chaos run.</summary>
internal sealed class FaultStats
{
    private readonly Dictionary<string, MailboxFaultStats> mailboxes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Counts a request; one arriving before the mailbox's last Retry-After ran out is a violation.</summary>
    public void Request(string mailbox, long arrivalTimestamp, string requestId)
    {
        var stats = For(mailbox);
        stats.Requests++;
        if (stats.NotBeforeTimestamp is { } notBefore && arrivalTimestamp < notBefore && stats.NotBeforeSetBy != requestId)
        {
            stats.RetryAfterViolations++;
        }
    }

    public void Fired(string mailbox) => For(mailbox).Fired++;

    public void RetryAfter(string mailbox, int seconds, DateTimeOffset now, string requestId)
    {
        var stats = For(mailbox);
        stats.NotBeforeTimestamp = Stopwatch.GetTimestamp() + (seconds * Stopwatch.Frequency);
        stats.NotBefore = now.AddSeconds(seconds);
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
