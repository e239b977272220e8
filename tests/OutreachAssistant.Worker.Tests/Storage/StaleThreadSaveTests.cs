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
        var threads = host.Services.GetRequiredService<ThreadStore>();
        var threadId = Assert.Single(await world.StatusAsync()).ThreadId;
        var readBefore = (await threads.GetAsync(threadId, CancellationToken.None))!;

        // Meanwhile another process makes the follow-up draft.
        Assert.Equal(1, await world.RunOnceAsync());
        var decision = (await host.Services.GetRequiredService<ThreadPlanning>().ReplanAsync(readBefore, world.Clock.GetUtcNow(), CancellationToken.None)).Plan;

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
        var threads = host.Services.GetRequiredService<ThreadStore>();
        var threadId = Assert.Single(await world.StatusAsync()).ThreadId;
        var first = (await threads.GetAsync(threadId, CancellationToken.None))!;
        var second = (await threads.GetAsync(threadId, CancellationToken.None))!;

        first = await threads.SaveAsync(first with { Reason = "saved first" }, CancellationToken.None);
        second = second with { Reason = "saved second, from an older read" };

        await Assert.ThrowsAsync<StaleThreadException>(() => threads.SaveAsync(second, CancellationToken.None));
        Assert.Equal("saved first", (await threads.GetAsync(threadId, CancellationToken.None))!.Reason);

        // The copy the save returned is current and can save again.
        await threads.SaveAsync(first with { Reason = "saved first, twice" }, CancellationToken.None);
        Assert.Equal("saved first, twice", (await threads.GetAsync(threadId, CancellationToken.None))!.Reason);
    }
}
