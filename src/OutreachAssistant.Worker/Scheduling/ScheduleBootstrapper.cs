using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.Locking;
using OutreachAssistant.Worker.Mailboxes;
using OutreachAssistant.Worker.StorageFaults;
using Quartz;

namespace OutreachAssistant.Worker.Scheduling;

/// <summary>
/// At start: a repeating sync trigger per mailbox (the first at once), and a wake-up for every thread the
/// store says has a next action, in case the schedule lost one. Runs before Quartz starts firing, after taking
/// the data folder for the life of the service.
/// </summary>
public sealed class ScheduleBootstrapper(
    DataFolderLock folder,
    ISchedulerFactory schedulers,
    MailboxConnections connections,
    StateMigrator migrator,
    ThreadStore threads,
    DataFolderCheck dataFolder,
    IFollowUpScheduler followUps,
    IOptions<SyncOptions> sync,
    TimeProvider clock) : IHostedService
{
    public const string Verb = "run";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await dataFolder.EnsureUsableAsync(cancellationToken);
        await folder.AcquireAsync(Verb, cancellationToken);
        await migrator.EnsureCreatedAsync(cancellationToken);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var mailboxId in connections.MailboxIds)
        {
            var trigger = TriggerBuilder.Create(clock)
                .WithIdentity(mailboxId, "sync")
                .ForJob(SyncMailboxJob.JobKey)
                .UsingJobData(SyncMailboxJob.MailboxIdKey, mailboxId)
                .WithExecutionGroup(MailboxExecutionGroup.For(mailboxId))
                .StartAt(clock.GetUtcNow())
                .WithSimpleSchedule(s => s.WithInterval(sync.Value.PollInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
                .Build();
            await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
        }

        foreach (var thread in await threads.ListAsync(cancellationToken))
        {
            if (thread.WakeUpAt is { } at)
            {
                await followUps.ScheduleAsync(thread.Id, thread.MailboxId, at, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
