using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Tests.Support;
using OutreachAssistant.Worker.Tracking;

namespace OutreachAssistant.Worker.Tests.Storage;

/// <summary>
/// A thread read before another writer saved it (another process: cron's <c>run --once</c> beside the
/// service, or another node on PostgreSQL) never puts its older picture back.
/// </summary>
[Collection(SharedPostgreSqlServer.Name)]
public sealed class StaleThreadSaveTests(PostgreSqlServer postgres)
{
    [Theory]
    [MemberData(nameof(StorageProviders.Available), MemberType = typeof(StorageProviders))]
    public async Task Replan_ThreadReadBeforeItsDraftWasMade_EndsDraftedNotDue(StorageProvider provider)
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-3d")]);
        await world.UseAsync(provider, postgres);
        await world.RunOnceAsync();
        world.Clock.Advance(TimeSpan.FromDays(8));
        using var host = world.BuildHost(HostMode.Command);
        var store = host.Services.GetRequiredService<OutreachStore>();
        var threadId = Assert.Single(await world.StatusAsync()).ThreadId;
        var readBefore = (await store.GetThreadAsync(threadId, CancellationToken.None))!;

        // Meanwhile another process makes the follow-up draft.
        Assert.Equal(1, await world.RunOnceAsync());
        var decision = await host.Services.GetRequiredService<ThreadPlanning>().ReplanAsync(readBefore, world.Clock.GetUtcNow(), CancellationToken.None);

        Assert.False(decision.CreateDraftNow);
        Assert.Equal("drafted", Assert.Single(await world.StatusAsync()).State);
        Assert.Single(await world.DraftsAsync());
    }

    [Theory]
    [MemberData(nameof(StorageProviders.Available), MemberType = typeof(StorageProviders))]
    public async Task Save_TwoCopiesOfOneThread_TheSecondIsRefused(StorageProvider provider)
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-3d")]);
        await world.UseAsync(provider, postgres);
        await world.RunOnceAsync();
        using var host = world.BuildHost(HostMode.Command);
        var store = host.Services.GetRequiredService<OutreachStore>();
        var threadId = Assert.Single(await world.StatusAsync()).ThreadId;
        var first = (await store.GetThreadAsync(threadId, CancellationToken.None))!;
        var second = (await store.GetThreadAsync(threadId, CancellationToken.None))!;

        first.Reason = "saved first";
        await store.SaveThreadAsync(first, CancellationToken.None);
        second.Reason = "saved second, from an older read";

        await Assert.ThrowsAsync<StaleThreadException>(() => store.SaveThreadAsync(second, CancellationToken.None));
        Assert.Equal("saved first", (await store.GetThreadAsync(threadId, CancellationToken.None))!.Reason);

        // The copy that saved stays current and can save again.
        first.Reason = "saved first, twice";
        await store.SaveThreadAsync(first, CancellationToken.None);
        Assert.Equal("saved first, twice", (await store.GetThreadAsync(threadId, CancellationToken.None))!.Reason);
    }
}
