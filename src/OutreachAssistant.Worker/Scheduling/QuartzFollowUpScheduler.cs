using Quartz;

namespace OutreachAssistant.Worker.Scheduling;

/// <summary>
/// One Quartz trigger per thread, kept in the persistent store, in its mailbox's execution group. A wake-up
/// missed while the service was down fires once at the next start. The scheduler is asked for once at a time, so
/// opening it ahead (<see cref="OpenAsync"/>) and setting a wake-up meanwhile share the one opening.
/// </summary>
public sealed class QuartzFollowUpScheduler(ISchedulerFactory schedulers, TimeProvider clock) : IFollowUpScheduler
{
    private readonly Lock gate = new();
    private Task<IScheduler>? opening;

    public const string ThreadIdKey = "threadId";

    /// <summary>The wake-up says whose mailbox it is, so the job need not read the thread to know.</summary>
    public const string MailboxIdKey = "mailboxId";

    public static readonly JobKey JobKey = new("follow-up", "outreach");

    /// <summary>Fewer wake-ups than this are set one by one, leaving a trigger that is already right untouched.</summary>
    private const int SetOneByOneBelow = 16;

    public static TriggerKey TriggerKeyFor(string threadId) => new(threadId, "follow-up");

    public Task OpenAsync(CancellationToken cancellationToken) => SchedulerAsync(cancellationToken);

    public async Task ScheduleAsync(string threadId, string mailboxId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        var existing = await scheduler.GetTrigger(TriggerKeyFor(threadId), cancellationToken);
        if (existing?.StartTimeUtc == at && existing.NextFireTimeUtc is not null && existing.ExecutionGroup == MailboxExecutionGroup.For(mailboxId))
        {
            return;
        }

        await scheduler.ScheduleJob(Trigger(threadId, mailboxId, at), ScheduleJobOptions.Replacing, cancellationToken);
    }

    /// <remarks>
    /// Many at once (a first sync plans thousands of threads) take one store operation for the wake-ups and one for the
    /// cancellations instead of one or two each; a trigger already right is then written again, as it stands.
    /// </remarks>
    public async Task ApplyAsync(string mailboxId, IReadOnlyCollection<KeyValuePair<string, DateTimeOffset?>> wakeUps, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wakeUps);
        var scheduler = await SchedulerAsync(cancellationToken);
        var job = wakeUps.Count < SetOneByOneBelow ? null : await scheduler.GetJobDetail(JobKey, cancellationToken);
        if (job is null)
        {
            foreach (var (threadId, at) in wakeUps)
            {
                await (at is { } wakeUp ? ScheduleAsync(threadId, mailboxId, wakeUp, cancellationToken) : CancelAsync(threadId, cancellationToken));
            }

            return;
        }

        var cancelled = wakeUps.Where(w => w.Value is null).Select(w => TriggerKeyFor(w.Key)).ToList();
        if (cancelled.Count > 0)
        {
            await scheduler.UnscheduleJobs(cancelled, cancellationToken);
        }

        var triggers = wakeUps.Where(w => w.Value is not null).Select(w => Trigger(w.Key, mailboxId, w.Value!.Value)).ToList();
        if (triggers.Count > 0)
        {
            await scheduler.ScheduleJob(job, triggers, ScheduleJobOptions.Replacing, cancellationToken);
        }
    }

    public async Task CancelAsync(string threadId, CancellationToken cancellationToken)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        await scheduler.UnscheduleJob(TriggerKeyFor(threadId), cancellationToken);
    }

    /// <summary>The scheduler, opened once; an opening that failed is tried afresh by the next caller.</summary>
    private Task<IScheduler> SchedulerAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (opening is null || opening.IsFaulted || opening.IsCanceled)
            {
                opening = schedulers.GetScheduler(CancellationToken.None).AsTask();
            }

            return opening.WaitAsync(cancellationToken);
        }
    }

    private ITrigger Trigger(string threadId, string mailboxId, DateTimeOffset at) => TriggerBuilder.Create(clock)
        .WithIdentity(TriggerKeyFor(threadId))
        .ForJob(JobKey)
        .UsingJobData(ThreadIdKey, threadId)
        .UsingJobData(MailboxIdKey, mailboxId)
        .WithExecutionGroup(MailboxExecutionGroup.For(mailboxId))
        .StartAt(at)
        .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
        .Build();
}
