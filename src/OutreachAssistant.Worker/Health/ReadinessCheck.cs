using Microsoft.Extensions.Options;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.Sync;
using Quartz;

namespace OutreachAssistant.Worker.Health;

/// <summary>
/// Answers <c>/healthz/ready</c> from the state database through the store, whatever provider holds it: a first sync
/// is done when the store holds a delta link for each synced folder, whichever node made it. The database is not
/// asked before Quartz has started, so a probe during start-up never opens the state before the service has checked it.
/// </summary>
public sealed class ReadinessCheck(SyncCursors syncCursors, MailboxHealth health, ISchedulerFactory schedulers, IOptions<MailboxesOptions> mailboxes)
{
    private static readonly TimeSpan DatabaseTimeout = TimeSpan.FromSeconds(5);

    public async Task<ReadinessReport> CheckAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var schedulerState = scheduler.Status switch
        {
            SchedulerStatus.Running => ReadinessReport.Started,
            SchedulerStatus.ShuttingDown or SchedulerStatus.Shutdown => "shut down",
            _ => "not started",
        };
        var ids = mailboxes.Value.Items.Select(m => m.Id).ToList();
        if (schedulerState != ReadinessReport.Started)
        {
            return new ReadinessReport("not checked", schedulerState, [.. ids.Select(id => new MailboxReadiness(id, false, null, null))]);
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(DatabaseTimeout);
        try
        {
            var cursors = (await syncCursors.ListAsync(limit.Token)).ToLookup(c => c.MailboxId, StringComparer.OrdinalIgnoreCase);
            var states = (await health.ListAsync(limit.Token)).ToDictionary(s => s.MailboxId, StringComparer.OrdinalIgnoreCase);
            return new ReadinessReport(ReadinessReport.Reachable, schedulerState, [.. ids.Select(id => new MailboxReadiness(
                id,
                MailboxSynchronizer.Folders.All(folder => cursors[id].Any(c => c.Folder == folder)),
                cursors[id].Select(c => (DateTimeOffset?)c.UpdatedAt).Max(),
                states.GetValueOrDefault(id)?.Status))]);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The type only: a driver's message may hold a host name or a file path, which a probe's body has no need of.
            return new ReadinessReport($"unreachable ({ex.GetType().Name})", schedulerState, [.. ids.Select(id => new MailboxReadiness(id, false, null, null))]);
        }
    }
}
