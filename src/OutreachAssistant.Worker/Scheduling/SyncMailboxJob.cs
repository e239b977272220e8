using Quartz;
using OutreachAssistant.Worker.Sync;

namespace OutreachAssistant.Worker.Scheduling;

/// <summary>Reads one mailbox's changes; one run per mailbox at a time.</summary>
[DisallowConcurrentExecution]
public sealed class SyncMailboxJob(MailboxSynchronizer synchronizer) : IJob
{
    public const string MailboxIdKey = "mailboxId";

    public static readonly JobKey JobKey = new("sync", "outreach");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mailboxId = context.MergedJobDataMap.GetString(MailboxIdKey)
            ?? throw new JobExecutionException("The sync trigger carries no mailbox id.");
        await synchronizer.SyncAsync(mailboxId, cancellationToken);
    }
}
