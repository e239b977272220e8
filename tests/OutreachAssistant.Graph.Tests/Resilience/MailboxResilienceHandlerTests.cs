using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using OutreachAssistant.Graph.Resilience;
using Polly.CircuitBreaker;

namespace OutreachAssistant.Graph.Tests.Resilience;

/// <summary>
/// The handler on a fake clock: Retry-After waits, back-off and attempt timeouts all run on it, so the tests
/// move it rather than sleep, and measure the waits by it.
/// </summary>
public sealed class MailboxResilienceHandlerTests
{
    /// <summary>
    /// How far the clock moves at a time while a request waits: a tenth of a second, so a Retry-After is
    /// overrun by less than that, and an attempt (5 seconds) could time out only if one stalled for 50 steps.
    /// </summary>
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    private static readonly GraphResilienceOptions Fast = new()
    {
        BaseDelay = TimeSpan.FromMilliseconds(10),
        AttemptTimeout = TimeSpan.FromSeconds(5),
        MinimumThroughput = 4,
        BreakDuration = TimeSpan.FromMinutes(5),
    };

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 2, 15, 0, 0, TimeSpan.Zero));

    private HttpClient Client(ScriptedWire wire, GraphResilienceOptions? options = null) =>
        new(new MailboxResilienceHandler(options ?? Fast, time) { InnerHandler = wire });

    private static Uri Url(string mailbox, string rest = "messages") => new($"https://graph.example/v1.0/users/{mailbox}/{rest}");

    [Fact]
    public async Task Send_TwentyAtOnceToOneMailbox_AtMostFourInFlight()
    {
        var wire = new ScriptedWire(time, async (_, _) =>
        {
            await Task.Delay(20);
            return ScriptedWire.Ok();
        });
        using var client = Client(wire);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetAsync(Url("pat"))));

        Assert.Equal(20, wire.Sent.Count);
        Assert.InRange(wire.MostInFlight, 1, 4);
    }

    [Theory]
    [InlineData("0.3")]
    [InlineData("1")]
    public async Task Send_ThrottledWithRetryAfter_NothingSentToThatMailboxBeforeItPasses(string retryAfter)
    {
        var wire = new ScriptedWire(time, (_, n) => Task.FromResult(n == 1 ? ScriptedWire.Status(HttpStatusCode.TooManyRequests, retryAfter) : ScriptedWire.Ok()));
        using var client = Client(wire);

        using var response = await WhileTimePassesAsync(client.GetAsync(Url("pat")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = wire.Sent.ToArray();
        Assert.Equal(2, sent.Length);
        var waited = sent[1].At - sent[0].At;
        Assert.True(waited >= TimeSpan.FromSeconds(double.Parse(retryAfter, CultureInfo.InvariantCulture)), $"sent again after {waited}");
    }

    [Fact]
    public async Task Send_PostTimesOutOrConnectionDrops_NotRepeated()
    {
        var wire = new ScriptedWire(time, (_, _) => throw new HttpRequestException("connection reset"));
        using var client = Client(wire);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync(Url("pat", "messages/1/createReply"), new StringContent("{}")));

        // A draft may have been made; the draft writer looks it up by key instead of asking twice.
        Assert.Single(wire.Sent);
    }

    [Fact]
    public async Task Send_GetConnectionDrops_Retried()
    {
        var wire = new ScriptedWire(time, (_, n) => n == 1 ? throw new HttpRequestException("connection reset") : Task.FromResult(ScriptedWire.Ok()));
        using var client = Client(wire);

        using var response = await WhileTimePassesAsync(client.GetAsync(Url("pat")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, wire.Sent.Count);
    }

    [Fact]
    public async Task Send_OneMailboxKeepsFailing_ItsCircuitOpensAndOthersGoOn()
    {
        var wire = new ScriptedWire(time, (request, _) => Task.FromResult(request.RequestUri!.AbsolutePath.Contains("/broken/", StringComparison.Ordinal)
            ? ScriptedWire.Status(HttpStatusCode.InternalServerError)
            : ScriptedWire.Ok()));
        using var client = Client(wire);

        for (var i = 0; i < Fast.MinimumThroughput; i++)
        {
            using var failed = await client.GetAsync(Url("broken"));
        }

        await Assert.ThrowsAsync<BrokenCircuitException>(() => client.GetAsync(Url("broken")));
        using var healthy = await client.GetAsync(Url("healthy"));
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
    }

    /// <summary>Moves the clock on a step at a time, as time would pass, until the request is answered.</summary>
    private async Task<HttpResponseMessage> WhileTimePassesAsync(Task<HttpResponseMessage> request)
    {
        while (!request.IsCompleted)
        {
            time.Advance(Step);
            await Task.WhenAny(request, Task.Delay(1));
        }

        return await request;
    }
}
