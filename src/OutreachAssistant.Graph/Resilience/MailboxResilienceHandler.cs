using System.Collections.Concurrent;
using Polly;

namespace OutreachAssistant.Graph.Resilience;

/// <summary>
/// The one retry layer between the Graph SDK and the wire (the SDK's own RetryHandler is left out): each
/// request goes through its mailbox's lane. Polly rather than the SDK's handler because it takes a
/// TimeProvider, retries only what is safe to repeat, and adds a circuit per mailbox in the same place.
/// </summary>
public sealed class MailboxResilienceHandler(GraphResilienceOptions options, TimeProvider time) : DelegatingHandler
{
    private readonly ConcurrentDictionary<string, MailboxLane> lanes = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lane = lanes.GetOrAdd(MailboxLaneOption.From(request) ?? MailboxKey.From(request.RequestUri), _ => new MailboxLane(options, time));
        var copy = await RequestCopy.CaptureAsync(request, cancellationToken);
        var metricsName = MailboxLaneOption.MetricsNameOf(request);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(MailboxLane.Idempotent, copy.Method != HttpMethod.Post);
        try
        {
            return await lane.Pipeline.ExecuteAsync(
                async (ctx, state) => await state.Lane.SendAsync(
                    async token =>
                    {
                        using var attempt = state.Copy.Create();
                        HttpResponseMessage? response = null;
                        try
                        {
                            response = await state.Handler.BaseSendAsync(attempt, token);
                            return response;
                        }
                        finally
                        {
                            state.Handler.Measure(state.MetricsName, response);
                        }
                    },
                    ctx.CancellationToken),
                context,
                (Lane: lane, Copy: copy, Handler: this, MetricsName: metricsName));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var lane in lanes.Values)
            {
                lane.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    /// <summary>Every attempt counts as a request on the wire; a failed one (no response) as an error.</summary>
    private void Measure(string metricsName, HttpResponseMessage? response)
    {
        GraphMetrics.Sent(metricsName, response);
        if (RetryAfter.From(response, time.GetUtcNow()) is { } wait)
        {
            GraphMetrics.RetryAfterAsked(metricsName, wait);
        }
    }

    private Task<HttpResponseMessage> BaseSendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
