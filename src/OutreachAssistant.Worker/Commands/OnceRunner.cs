using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.Digest;
using OutreachAssistant.Worker.DryRun;
using OutreachAssistant.Worker.FollowUps;
using OutreachAssistant.Worker.Locking;
using OutreachAssistant.Worker.Mailboxes;
using OutreachAssistant.Worker.Scheduling;
using OutreachAssistant.Worker.StorageFaults;
using OutreachAssistant.Worker.Sync;

namespace OutreachAssistant.Worker.Commands;

/// <summary>
/// <c>outreach run --once</c>: one sync of every mailbox, then every follow-up that is due, then the weekly digest
/// where one is due, then exit.
/// Mailboxes run side by side, each one's threads in turn; one that fails is recorded and skipped, and the rest go on.
/// The data folder is held for the whole run, so a second process on it waits instead of working beside it. A dry
/// run (<c>--dry-run</c>) holds it too, copies its databases into its scratch folder (<see cref="StateFolder"/>) and
/// works on those with read-only mailboxes: the drafts it would make are noted (<see cref="PlannedDrafts"/>).
/// </summary>
public sealed class OnceRunner(
    DataFolderLock folder,
    MailboxConnections connections,
    MailboxSynchronizer synchronizer,
    DueThreads dueThreads,
    IFollowUpScheduler schedule,
    DraftWriter drafts,
    MailboxGuard guard,
    StateMigrator migrator,
    ThreadStore threads,
    MailboxHealth health,
    DataFolderCheck dataFolder,
    StateFolder state,
    OutreachPaths paths,
    PlannedDrafts planned,
    WeeklyDigestWriter digests,
    IOptions<SyncOptions> sync,
    TimeProvider clock)
{
    public const string Verb = "run --once";

    public const string DryRunVerb = "run --once --dry-run";

    /// <exception cref="DataFolderBusyException">Another process kept the data folder for all of <c>Storage:LockTimeout</c>.</exception>
    public async Task<OnceRunResult> RunAsync(CancellationToken cancellationToken)
    {
        await dataFolder.EnsureUsableAsync(cancellationToken);
        await folder.AcquireAsync(state.IsDryRun ? DryRunVerb : Verb, cancellationToken);
        state.CopyIn(paths.DatabaseFiles);
        await migrator.EnsureCreatedAsync(cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = sync.Value.MaxParallelMailboxes, CancellationToken = cancellationToken };
        var synced = new ConcurrentDictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        var failed = new ConcurrentDictionary<string, bool>(StringComparer.OrdinalIgnoreCase);

        // The schedule's store opens (a first run makes it) while the mailboxes sync, not when the first thread is
        // planned. Its outcome is not waited on here: should it fail, setting the first wake-up meets that again.
        // Opening runs on a pool thread: its first part is Quartz's set-up, compiled on first use and synchronous,
        // which took a first run about 0.2 s before any mailbox could start (by a CPU profile).
        var opening = Task.Run(() => schedule.OpenAsync(cancellationToken), CancellationToken.None).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            await Parallel.ForEachAsync(connections.MailboxIds, parallel, async (mailboxId, token) =>
            {
                synced[mailboxId] = await guard.RunAsync(mailboxId, t => synchronizer.SyncAsync(mailboxId, t), token);
                if (!synced[mailboxId])
                {
                    failed[mailboxId] = true;
                }
            });
        }
        finally
        {
            await opening;
        }

        // One mailbox's threads one after another, as the service's jobs run: each sees the drafts the one before
        // made (the daily limit on updates, a contact's count), and a mailbox is never asked twice at once.
        var due = (await threads.ListDueAsync(clock.GetUtcNow(), cancellationToken))
            .Where(t => synced.GetValueOrDefault(t.MailboxId))

            // Oldest outreach first: when the daily limit holds drafts back, the longest waiting go first.
            .OrderBy(t => t.OutreachSentAt)
            .GroupBy(t => t.MailboxId, StringComparer.OrdinalIgnoreCase);
        await Parallel.ForEachAsync(due, parallel, async (mailbox, token) =>
        {
            if (!await dueThreads.RunAsync(mailbox.Key, [.. mailbox], token))
            {
                failed[mailbox.Key] = true;
            }
        });

        // The digest last, so it speaks of the drafts this run made.
        await Parallel.ForEachAsync(synced.Where(m => m.Value && !failed.ContainsKey(m.Key)).Select(m => m.Key), parallel, async (mailboxId, token) =>
        {
            if (!await guard.RunAsync(mailboxId, t => digests.EnsureAsync(mailboxId, t), token))
            {
                failed[mailboxId] = true;
            }
        });

        var order = connections.MailboxIds.Select((id, index) => (id, index)).ToDictionary(m => m.id, m => m.index, StringComparer.OrdinalIgnoreCase);
        return new OnceRunResult(
            drafts.Recorded,
            await UnservedAsync(failed.Keys, cancellationToken),
            [.. planned.All.OrderBy(p => order.GetValueOrDefault(p.MailboxId))]);
    }

    /// <summary>Each failed mailbox with the status the guard stored for it.</summary>
    private async Task<IReadOnlyList<UnservedMailbox>> UnservedAsync(ICollection<string> failed, CancellationToken cancellationToken)
    {
        if (failed.Count == 0)
        {
            return [];
        }

        var states = (await health.ListAsync(cancellationToken)).ToDictionary(m => m.MailboxId, StringComparer.OrdinalIgnoreCase);
        return [.. connections.MailboxIds
            .Where(failed.Contains)
            .Select(id => states.GetValueOrDefault(id) is { } state
                ? new UnservedMailbox(id, state.Status, state.Detail)
                : new UnservedMailbox(id, MailboxFailure.Failing))];
    }
}
