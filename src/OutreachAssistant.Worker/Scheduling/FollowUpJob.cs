using Microsoft.Extensions.Logging;
using Quartz;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.FollowUps;
using OutreachAssistant.Worker.Mailboxes;

namespace OutreachAssistant.Worker.Scheduling;

/// <summary>
/// Wakes one thread; the trigger carries the thread and its mailbox. Its trigger is in the mailbox's execution group, so two wake-ups of a thread, or a
/// wake-up and the mailbox's sync, never run at once; other mailboxes' threads run beside it.
/// </summary>
public sealed class FollowUpJob(FollowUpRunner runner, MailboxGuard guard, ThreadStore threads, ILogger<FollowUpJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await StoppingScheduler.RunAsync(context, logger, () => WakeAsync(context, cancellationToken), cancellationToken);

    private async Task WakeAsync(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var threadId = context.MergedJobDataMap.GetString(QuartzFollowUpScheduler.ThreadIdKey)
            ?? throw new JobExecutionException("The follow-up trigger carries no thread id.");
        // Wake-ups scheduled before the mailbox rode along on the trigger learn it from the thread.
        var mailboxId = context.MergedJobDataMap.GetString(QuartzFollowUpScheduler.MailboxIdKey)
            ?? (await threads.GetAsync(threadId, cancellationToken))?.MailboxId;
        if (mailboxId is null)
        {
            // The runner says so in the log; there is no mailbox to charge it to.
            await runner.RunAsync(threadId, cancellationToken);
            return;
        }

        // On a mailbox failure the thread keeps its due time, and the next sync wakes it again.
        await guard.RunAsync(mailboxId, token => runner.RunAsync(threadId, token), cancellationToken);
    }
}
