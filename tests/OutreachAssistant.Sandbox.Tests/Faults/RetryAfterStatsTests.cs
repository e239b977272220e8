using System.Net;
using System.Text.Json.Nodes;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests.Faults;

public sealed class RetryAfterStatsTests
{
    [Fact]
    public async Task RetryAfter_EarlyRequestIsViolation_WaitingOneIsNot_InRealTime()
    {
        // The sandbox clock is manual and never moves: the bookkeeping must use real elapsed time.
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox(), TestSeeds.SecondMailbox());
        // Pat's wait is long enough that a busy machine cannot make the early request late (CI once saw no violation).
        await sandbox.InjectFaultAsync("""{"status":429,"retryAfter":5,"mailbox":"pat"}""");
        await sandbox.InjectFaultAsync("""{"status":429,"retryAfter":1,"mailbox":"sam"}""");

        var patThrottled = await sandbox.GetStatusAsync("users/pat/messages");

        // Past the grace for requests already on their way, well before pat's wait is up.
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        var patEarly = await sandbox.GetStatusAsync("users/pat/messages");
        var samThrottled = await sandbox.GetStatusAsync("users/sam/messages");
        await Task.Delay(TimeSpan.FromMilliseconds(1100));
        var samWaited = await sandbox.GetStatusAsync("users/sam/messages");

        Assert.Equal([(HttpStatusCode)429, HttpStatusCode.OK], [patThrottled, patEarly]);
        Assert.Equal([(HttpStatusCode)429, HttpStatusCode.OK], [samThrottled, samWaited]);
        var stats = await sandbox.FaultStatsAsync();
        Assert.Equal((1, 0), (stats.Stat("retryAfterViolations", "pat"), stats.Stat("retryAfterViolations", "sam")));
        Assert.Equal((1, 1), (stats.Stat("fired", "pat"), stats.Stat("fired", "sam")));
        Assert.Equal((2, 2), (stats.Stat("requests", "pat"), stats.Stat("requests", "sam")));
    }

    [Fact]
    public async Task RetryAfter_InsideBatch_RestOfSameBatchIsNoViolationButNextRequestIs()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        await sandbox.InjectFaultAsync("""{"status":429,"retryAfter":30,"path":"/mailFolders"}""");
        var batch = new JsonObject
        {
            ["requests"] = new JsonArray(
                new JsonObject { ["id"] = "1", ["method"] = "GET", ["url"] = "/me/mailFolders" },
                new JsonObject { ["id"] = "2", ["method"] = "GET", ["url"] = "/me/messages?$top=1" }),
        };

        using var response = await sandbox.SendAsync(HttpMethod.Post, sandbox.Url("$batch"), batch.ToJsonString());
        var responses = (await TestSandbox.ReadAsync(response))["responses"]!.AsArray();
        var afterBatch = await sandbox.FaultStatsAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        await sandbox.GetStatusAsync("me");

        Assert.Equal(429, (int)responses[0]!["status"]!);
        Assert.Equal("30", (string?)responses[0]!["headers"]!["Retry-After"]);
        Assert.Equal(200, (int)responses[1]!["status"]!);
        Assert.Equal((2, 0), (afterBatch.Stat("requests", "pat"), afterBatch.Stat("retryAfterViolations", "pat")));
        Assert.Equal(1, (await sandbox.FaultStatsAsync()).Stat("retryAfterViolations", "pat"));
    }
}
