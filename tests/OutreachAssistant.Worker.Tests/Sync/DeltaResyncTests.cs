using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Sync;

public sealed class DeltaResyncTests
{
    [Fact]
    public async Task Sync_DeltaTokenExpired_FullResyncWithoutDuplicateThreads()
    {
        // More messages than one page (the tests ask for 4 a page), so the resync pages again too. Each goes to a
        // contact of its own: a later message to a contact with an open thread would be that thread's follow-up.
        var seeds = Enumerable.Range(1, 6).Select(i => Outreach.ToDirector("-2d", key: $"o{i}", conversation: $"thread-{i}") with { To = [ContactNumber(i)] }).ToList();
        await using var world = await SandboxWorld.StartAsync(seeds);
        await world.RunOnceAsync();
        var before = await world.StatusAsync();

        await world.ExpireDeltaTokensAsync();
        await world.DeliverAsync(Outreach.ToDirector("now", key: "o7", conversation: "thread-7") with { Folder = "sentitems", To = [ContactNumber(7)] });
        await world.RunOnceAsync();

        var after = await world.StatusAsync();
        Assert.Equal(6, before.Count);
        Assert.Equal(7, after.Count);
        Assert.Equal(after.Count, after.Select(t => t.ThreadId).Distinct().Count());
    }

    private static string ContactNumber(int i) => $"Dr. Contact {i} <contact{i}@hospital{i}.example.org>";
}
