using System.Net;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests.Faults;

public sealed class FaultMatchingTests
{
    [Fact]
    public async Task Mailbox_RuleForOneMailbox_FiresOnlyForItsRequests()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox(), TestSeeds.SecondMailbox());
        await sandbox.InjectFaultAsync("""{"status":503,"mailbox":"SAM.ORTIZ@contoso.example","count":-1}""");

        var patMe = await sandbox.GetStatusAsync("me");
        var patUser = await sandbox.GetStatusAsync("users/pat/messages");
        var samUser = await sandbox.GetStatusAsync("users/sam/messages");
        var samMe = await sandbox.GetStatusAsync("me", token: "sam-token");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], [patMe, patUser]);
        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable], [samUser, samMe]);
        var stats = await sandbox.FaultStatsAsync();
        Assert.Equal((0, 2, 2, 2), (stats.Stat("fired", "pat"), stats.Stat("fired", "sam"), stats.Stat("requests", "pat"), stats.Stat("requests", "sam")));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("\"forever\"")]
    public async Task Count_MinusOneOrForever_NeverRunsOut(string count)
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        await sandbox.InjectFaultAsync($$"""{"status":503,"count":{{count}}}""");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
        {
            statuses.Add(await sandbox.GetStatusAsync("me"));
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.ServiceUnavailable, s));
        Assert.Equal(-1, (int)(await sandbox.GetJsonAsync($"{sandbox.Server.AdminUrl}/faults"))["value"]![0]!["remaining"]!);
    }

    [Fact]
    public async Task Probability_SameSeed_RepeatsFiringSequenceAtRoughlyTheRate()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        const string rule = """{"status":503,"count":-1,"probability":0.2,"seed":42}""";

        var first = await FiringsAsync(sandbox, rule, 200);
        await sandbox.ClearFaultsAsync();
        var second = await FiringsAsync(sandbox, rule, 200);
        await sandbox.ClearFaultsAsync();
        var otherSeed = await FiringsAsync(sandbox, rule.Replace("42", "43", StringComparison.Ordinal), 50);

        Assert.Equal(first, second);
        Assert.NotEqual(first.Take(50), otherSeed);
        Assert.InRange(first.Count(f => f) / 200.0, 0.1, 0.3);
        Assert.Equal(otherSeed.Count(f => f), (await sandbox.FaultStatsAsync()).Stat("fired", "pat"));
    }

    [Fact]
    public async Task Probability_WithCount_CountsOnlyFirings()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());

        var firings = await FiringsAsync(sandbox, """{"status":503,"count":3,"probability":0.5,"seed":42}""", 40);

        Assert.Equal(3, firings.Count(f => f));
        Assert.Contains(false, firings.Take(firings.LastIndexOf(true)));
        Assert.Empty((await sandbox.GetJsonAsync($"{sandbox.Server.AdminUrl}/faults"))["value"]!.AsArray());
    }

    [Fact]
    public async Task Delete_AfterFirings_ClearsRulesAndStats()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        await sandbox.InjectFaultAsync("""{"status":503,"count":-1}""");
        await sandbox.GetStatusAsync("me");

        await sandbox.ClearFaultsAsync();

        var stats = await sandbox.FaultStatsAsync();
        Assert.Empty(stats["fired"]!.AsObject());
        Assert.Empty(stats["requests"]!.AsObject());
        Assert.Equal(HttpStatusCode.OK, await sandbox.GetStatusAsync("me"));
    }

    private static async Task<List<bool>> FiringsAsync(TestSandbox sandbox, string rule, int requests)
    {
        await sandbox.InjectFaultAsync(rule);
        var firings = new List<bool>(requests);
        for (var i = 0; i < requests; i++)
        {
            firings.Add(await sandbox.GetStatusAsync("me") == HttpStatusCode.ServiceUnavailable);
        }

        return firings;
    }
}
