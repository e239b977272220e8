using System.Collections.Concurrent;
using System.Net;

namespace OutreachAssistant.Graph.Tests.Resilience;

/// <summary>
/// Stands where the network would be: answers each request by a script, and records when each was sent
/// (by the test's clock) and how many were in flight at once, per mailbox.
/// </summary>
internal sealed class ScriptedWire(TimeProvider clock, Func<HttpRequestMessage, int, Task<HttpResponseMessage>> answer) : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, int> inFlight = new();
    private int sent;

    public ConcurrentQueue<(string Path, DateTimeOffset At)> Sent { get; } = new();

    public int MostInFlight { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        Sent.Enqueue((path, clock.GetUtcNow()));
        var mailbox = path.Split('/')[3];
        var now = inFlight.AddOrUpdate(mailbox, 1, (_, n) => n + 1);
        lock (Sent)
        {
            MostInFlight = Math.Max(MostInFlight, now);
        }

        try
        {
            return await answer(request, Interlocked.Increment(ref sent));
        }
        finally
        {
            inFlight.AddOrUpdate(mailbox, 0, (_, n) => n - 1);
        }
    }

    public static HttpResponseMessage Ok() => new(HttpStatusCode.OK) { Content = new StringContent("{}") };

    public static HttpResponseMessage Status(HttpStatusCode status, string? retryAfter = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent("""{"error":{"code":"x","message":"y"}}""") };
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return response;
    }
}
