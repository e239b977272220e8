using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Graph;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Sync;

/// <summary>The first sync reads a folder page by page: it says how far it is, and a link lost halfway costs nothing but time.</summary>
public sealed class FirstSyncPagingTests
{
    [Fact]
    public async Task FirstSync_NextLinkLostHalfway_ReadsTheFolderAgainAndTracksEachMessageOnce()
    {
        // Three pages of four; the first next link followed is refused as expired.
        var seeds = Enumerable.Range(1, 10).Select(i => Outreach.ToDirector("-11d", key: $"o{i}", conversation: $"thread-{i}") with { To = [ContactNumber(i)] }).ToList();
        await using var world = await SandboxWorld.StartAsync(seeds);
        world.Overrides[$"{FollowUpOptions.SectionName}:MaxPerDay"] = "10";
        await world.AddFaultAsync(new { method = "GET", path = "skiptoken", status = 410, code = "SyncStateNotFound", count = 1 });
        var logs = new CapturingLoggerProvider();

        var created = await world.RunOnceAsync(s => s.AddSingleton<ILoggerProvider>(logs));

        Assert.Contains(logs.Entries, e => e.Message.Contains("expired; reading the folder again", StringComparison.Ordinal));
        Assert.Equal(10, created);
        var threads = await world.StatusAsync();
        Assert.Equal(10, threads.Select(t => t.ThreadId).Distinct().Count());
        Assert.All(threads, t => Assert.Single(t.Drafts));
    }

    [Fact]
    public async Task FirstSync_OfMoreThanAThousandMessages_SaysHowFarItIsAndStoresEveryOne()
    {
        var newsletters = Enumerable.Range(1, 1050).Select(i => new SeedMessage
        {
            Key = $"n{i}",
            Folder = "inbox",
            From = "Residency News <news@residency.example.org>",
            To = [SandboxWorld.Owner],
            Subject = $"Issue {i}",
            Body = "This week in residency applications.",
            Sent = $"-{1 + (i % 300)}d",
            Conversation = $"news-{i}",
            Headers = new Dictionary<string, string> { ["List-Unsubscribe"] = "<mailto:leave@residency.example.org>" },
        });
        await using var world = await SandboxWorld.StartAsync(newsletters);
        world.Overrides[$"{GraphOptions.SectionName}:PageSize"] = "100";
        var logs = new CapturingLoggerProvider();

        await world.RunOnceAsync(s => s.AddSingleton<ILoggerProvider>(logs));

        var information = logs.Entries.Where(e => e.Level == LogLevel.Information).Select(e => e.Message).ToList();
        Assert.Contains(information, m => m.EndsWith("/inbox: 1000 messages so far", StringComparison.Ordinal));
        Assert.Contains(information, m => m.EndsWith("/inbox: 1050 changed, 0 removed", StringComparison.Ordinal));
    }

    private static string ContactNumber(int i) => $"Dr. Contact {i} <contact{i}@hospital{i}.example.org>";
}
