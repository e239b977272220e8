using Microsoft.Extensions.Logging;
using Quartz;
using OutreachAssistant.Worker.Digest;
using OutreachAssistant.Worker.Mailboxes;
using OutreachAssistant.Worker.Sync;

namespace OutreachAssistant.Worker.Scheduling;

/// <summary>
/// Reads one mailbox's changes, then puts its weekly digest in the Inbox when one is due (checked at every poll,
/// so a digest due while the service was down comes at its first sync after); a failing mailbox is recorded and
/// tried again at the next poll. Other mailboxes sync beside it (the trigger is in the mailbox's execution group).
/// </summary>
public sealed class SyncMailboxJob(MailboxSynchronizer synchronizer, WeeklyDigestWriter digests, MailboxGuard guard, ILogger<SyncMailboxJob> logger) : IJob
{
    public const string MailboxIdKey = "mailboxId";

    public static readonly JobKey JobKey = new("sync", "outreach");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await StoppingScheduler.RunAsync(context, logger, () => SyncAsync(context, cancellationToken), cancellationToken);

    private async Task SyncAsync(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var mailboxId = context.MergedJobDataMap.GetString(MailboxIdKey)
            ?? throw new JobExecutionException("The sync trigger carries no mailbox id.");
        await guard.RunAsync(
            mailboxId,
            async token =>
            {
                await synchronizer.SyncAsync(mailboxId, token);
                await digests.EnsureAsync(mailboxId, token);
            },
            cancellationToken);
    }
}
