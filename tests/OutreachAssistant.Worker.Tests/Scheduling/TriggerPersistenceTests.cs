using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Scheduling;
using OutreachAssistant.Worker.Tests.Support;
using Quartz;

namespace OutreachAssistant.Worker.Tests.Scheduling;

public sealed class TriggerPersistenceTests
{
    [Fact]
    public async Task Trigger_HostRestartedAfterDueTime_FiresOnceAndMakesTheDraft()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-3d")]);
        await world.RunOnceAsync();
        var threadId = Assert.Single(await world.StatusAsync()).ThreadId;

        // The service is down over the due time.
        world.Clock.Advance(TimeSpan.FromDays(8));
        using var host = world.BuildHost(HostMode.Service);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await scheduler.GetTrigger(QuartzFollowUpScheduler.TriggerKeyFor(threadId));
        Assert.NotNull(trigger);
        Assert.Equal(SandboxWorld.DefaultStart.AddDays(7), trigger.StartTimeUtc);
        Assert.Equal($"mailbox:{SandboxWorld.MailboxId}", trigger.ExecutionGroup);

        await host.StartAsync();
        try
        {
            var threads = host.Services.GetRequiredService<ThreadStore>();
            await Eventually.HoldsAsync(async () => (await threads.GetAsync(threadId, CancellationToken.None))?.Drafts.Count == 1);
        }
        finally
        {
            await host.StopAsync();
        }

        Assert.Single(await world.DraftsAsync());
        Assert.Equal("drafted", Assert.Single(await world.StatusAsync()).State);
    }
}
