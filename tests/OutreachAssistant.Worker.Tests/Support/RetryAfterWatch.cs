using System.Collections.Concurrent;
using System.Diagnostics;
using OutreachAssistant.Graph.Resilience;

namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>
/// Watches the wire under the real Graph client: after a response with Retry-After reaches the client, any
/// request to the same mailbox sent before that time is a violation. Measured where the client sends, so
/// a busy server's queue cannot blur cause and effect.
/// </summary>
public sealed class RetryAfterWatch : DelegatingHandler
{
    // Timers may fire a millisecond or so early.
    private static readonly long Tolerance = Stopwatch.Frequency / 200;

    // A request that passed its mailbox's gate just before the throttled response had come back up to the
    // gate was already on its way: the gate could not know yet. 20 ms covers that return path under load.
    private static readonly long InFlight = Stopwatch.Frequency / 50;
    private readonly ConcurrentDictionary<string, (long ReceivedAt, long Until)> holdUntil = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> violations = new();

    public RetryAfterWatch()
        : base(new SocketsHttpHandler())
    {
    }

    public IReadOnlyList<string> Violations => [.. violations];

    public int RetryAftersSeen { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var mailbox = MailboxKey.From(request.RequestUri);
        var sentAt = Stopwatch.GetTimestamp();
        if (holdUntil.TryGetValue(mailbox, out var hold) && sentAt > hold.ReceivedAt + InFlight && sentAt + Tolerance < hold.Until)
        {
            violations.Enqueue($"{mailbox}: {request.Method} sent {(hold.Until - sentAt) * 1000 / Stopwatch.Frequency} ms early");
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (RetryAfter.From(response, TimeProvider.System.GetUtcNow()) is { } wait)
        {
            RetryAftersSeen++;
            var receivedAt = Stopwatch.GetTimestamp();
            var allowed = receivedAt + (long)(wait.TotalSeconds * Stopwatch.Frequency);
            holdUntil.AddOrUpdate(mailbox, (receivedAt, allowed), (_, previous) => allowed > previous.Until ? (receivedAt, allowed) : previous);
        }

        return response;
    }
}
