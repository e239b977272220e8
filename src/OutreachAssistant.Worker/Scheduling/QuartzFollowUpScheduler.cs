using Quartz;

namespace OutreachAssistant.Worker.Scheduling;

/// <summary>
/// One Quartz trigger per thread, kept in the persistent store, in its mailbox's execution group. A wake-up
/// missed while the service was down fires once at the next start.
/// </summary>
public sealed class QuartzFollowUpScheduler(ISchedulerFactory schedulers, TimeProvider clock) : IFollowUpScheduler
{
    public const string ThreadIdKey = "threadId";

    /// <summary>The wake-up says whose mailbox it is, so the job need not read the thread to know.</summary>
    public const string MailboxIdKey = "mailboxId";

    public static readonly JobKey JobKey = new("follow-up", "outreach");

    public static TriggerKey TriggerKeyFor(string threadId) => new(threadId, "follow-up");

    public async Task ScheduleAsync(string threadId, string mailboxId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var key = TriggerKeyFor(threadId);
        var group = MailboxExecutionGroup.For(mailboxId);
        var existing = await scheduler.GetTrigger(key, cancellationToken);
        if (existing?.StartTimeUtc == at && existing.NextFireTimeUtc is not null && existing.ExecutionGroup == group)
        {
            return;
        }

        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(key)
            .ForJob(JobKey)
            .UsingJobData(ThreadIdKey, threadId)
            .UsingJobData(MailboxIdKey, mailboxId)
            .WithExecutionGroup(group)
            .StartAt(at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
    }

    public async Task CancelAsync(string threadId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.UnscheduleJob(TriggerKeyFor(threadId), cancellationToken);
    }
}
