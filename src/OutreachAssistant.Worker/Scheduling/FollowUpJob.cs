using Quartz;
using OutreachAssistant.Worker.FollowUps;

namespace OutreachAssistant.Worker.Scheduling;

/// <summary>
/// Wakes one thread. Runs one at a time, so two wake-ups of a thread never race to make its draft.
/// </summary>
[DisallowConcurrentExecution]
public sealed class FollowUpJob(FollowUpRunner runner) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var threadId = context.MergedJobDataMap.GetString(QuartzFollowUpScheduler.ThreadIdKey)
            ?? throw new JobExecutionException("The follow-up trigger carries no thread id.");
        await runner.RunAsync(threadId, cancellationToken);
    }
}
