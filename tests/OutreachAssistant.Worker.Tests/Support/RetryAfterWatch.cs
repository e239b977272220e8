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
    private readonly ConcurrentDictionary<string, long> holdUntil = new(StringComparer.Ordinal);
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
        if (holdUntil.TryGetValue(mailbox, out var until) && sentAt + Tolerance < until)
        {
            violations.Enqueue($"{mailbox}: {request.Method} sent {(until - sentAt) * 1000 / Stopwatch.Frequency} ms early");
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (RetryAfter.From(response, TimeProvider.System.GetUtcNow()) is { } wait)
        {
            RetryAftersSeen++;
            var allowed = Stopwatch.GetTimestamp() + (long)(wait.TotalSeconds * Stopwatch.Frequency);
            holdUntil.AddOrUpdate(mailbox, allowed, (_, previous) => Math.Max(previous, allowed));
        }

        return response;
    }
}
