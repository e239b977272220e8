using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests.Faults;

public sealed class FaultStallTests
{
    [Fact]
    public async Task Slow_StalledMailbox_OtherMailboxIsServedMeanwhile()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox(), TestSeeds.SecondMailbox());
        await sandbox.InjectFaultAsync("""{"kind":"slow","delayMs":600,"mailbox":"pat"}""");
        var watch = Stopwatch.StartNew();

        var slow = sandbox.GetStatusAsync("users/pat/messages");
        await WaitUntilFiredAsync(sandbox, "pat");
        var other = await sandbox.GetStatusAsync("users/sam/messages");

        Assert.Equal(HttpStatusCode.OK, other);
        Assert.False(slow.IsCompleted);
        Assert.Equal(HttpStatusCode.OK, await slow);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(550), $"answered after {watch.Elapsed}");
        Assert.Equal(1, (await sandbox.FaultStatsAsync()).Stat("requests", "pat"));
    }

    [Fact]
    public async Task Timeout_StalledMailbox_NeverAnswersUntilClientGivesUpAndOthersAreServed()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox(), TestSeeds.SecondMailbox());
        await sandbox.InjectFaultAsync("""{"kind":"timeout","mailbox":"pat"}""");
        using var giveUp = new CancellationTokenSource();

        var hung = sandbox.GetStatusAsync("users/pat/messages", cancellationToken: giveUp.Token);
        await WaitUntilFiredAsync(sandbox, "pat");
        var other = await sandbox.GetStatusAsync("users/sam/messages");

        Assert.Equal(HttpStatusCode.OK, other);
        Assert.False(hung.IsCompleted);

        // The client gives up; only then does the stalled request end.
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hung);
        Assert.Equal(HttpStatusCode.OK, await sandbox.GetStatusAsync("users/pat/messages"));
    }

    [Fact]
    public async Task MalformedJson_Answers200WithJsonContentTypeThatDoesNotParse()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        await sandbox.InjectFaultAsync("""{"kind":"malformedJson","path":"/messages"}""");

        using var response = await sandbox.SendAsync(HttpMethod.Get, sandbox.Url("me/messages"), null);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.ThrowsAny<JsonException>(() => JsonNode.Parse(body));
    }

    /// <summary>Polls the stats (served under the gate) until the fault has taken the request.</summary>
    private static async Task WaitUntilFiredAsync(TestSandbox sandbox, string mailbox)
    {
        for (var i = 0; i < 200 && (await sandbox.FaultStatsAsync()).Stat("fired", mailbox) == 0; i++)
        {
            await Task.Delay(5);
        }
    }
}
