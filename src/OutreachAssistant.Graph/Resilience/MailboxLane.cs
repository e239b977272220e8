using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace OutreachAssistant.Graph.Resilience;

/// <summary>
/// One mailbox's share of the connection: at most N requests in flight, nothing sent before the last
/// Retry-After has passed, retries with back-off, and a circuit of its own, so one broken mailbox never
/// stalls the others.
/// </summary>
internal sealed class MailboxLane : IDisposable
{
    public static readonly ResiliencePropertyKey<bool> Idempotent = new("outreach.idempotent");

    private readonly SemaphoreSlim slots;
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private DateTimeOffset notBefore = DateTimeOffset.MinValue;

    public MailboxLane(GraphResilienceOptions options, TimeProvider time)
    {
        this.time = time;
        slots = new SemaphoreSlim(options.MaxConcurrentRequestsPerMailbox);
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };

        // Graph:Resilience:MaxRetries may be 0 (no retries); Polly's retry strategy refuses fewer than one attempt.
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.BaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.Properties.GetValue(Idempotent, false))),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter.From(args.Outcome.Result, time.GetUtcNow())),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            });
        }

        Pipeline = pipeline
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = options.FailureRatio,
                MinimumThroughput = options.MinimumThroughput,
                SamplingDuration = TimeSpan.FromMinutes(1),
                BreakDuration = options.BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsFailure(args.Outcome)),
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    /// <summary>Sends one attempt: waits for the mailbox's Retry-After and a free slot first.</summary>
    public async ValueTask<HttpResponseMessage> SendAsync(Func<CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken);
        try
        {
            // Checked after taking a slot: a Retry-After may have arrived while this request queued.
            for (var wait = WaitNeeded(); wait > TimeSpan.Zero; wait = WaitNeeded())
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            var response = await send(cancellationToken);
            if (RetryAfter.From(response, time.GetUtcNow()) is { } delay)
            {
                Hold(delay);
            }

            return response;
        }
        finally
        {
            slots.Release();
        }
    }

    public void Dispose() => slots.Dispose();

    private TimeSpan WaitNeeded()
    {
        lock (gate)
        {
            return notBefore - time.GetUtcNow();
        }
    }

    private void Hold(TimeSpan delay)
    {
        lock (gate)
        {
            var until = time.GetUtcNow() + delay;
            if (until > notBefore)
            {
                notBefore = until;
            }
        }
    }

    /// <summary>
    /// Throttling and "unavailable" mean the request was not carried out, so any request may be sent again.
    /// After a timeout or a broken connection a POST may have taken effect (a draft made), so only
    /// idempotent requests are repeated; the draft writer finds such a draft by its key next time.
    /// </summary>
    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, bool idempotent) => outcome switch
    {
        { Exception: BrokenCircuitException } => false,
        { Exception: TimeoutRejectedException or HttpRequestException } => idempotent,
        { Result.StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable } => true,
        { Result.StatusCode: HttpStatusCode.GatewayTimeout } => idempotent,
        _ => false,
    };

    private static bool IsFailure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: TimeoutRejectedException or HttpRequestException } => true,
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.Unauthorized,
        _ => false,
    };
}
