using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.FollowUps;
using OutreachAssistant.Worker.Mailboxes;
using OutreachAssistant.Worker.StorageFaults;
using OutreachAssistant.Worker.Sync;

namespace OutreachAssistant.Worker.Commands;

/// <summary>
/// <c>outreach run --once</c>: one sync of every mailbox, then every follow-up that is due, then exit.
/// Mailboxes run side by side, each one's threads in turn; one that fails is recorded and skipped, and the rest go on.
/// </summary>
public sealed class OnceRunner(
    MailboxConnections connections,
    MailboxSynchronizer synchronizer,
    FollowUpRunner followUps,
    MailboxGuard guard,
    OutreachStore store,
    DataFolderCheck dataFolder,
    IOptions<SyncOptions> sync,
    TimeProvider clock)
{
    /// <returns>How many drafts this run made.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await dataFolder.EnsureUsableAsync(cancellationToken);
        await store.EnsureCreatedAsync(cancellationToken);
        var draftsBefore = await CountDraftsAsync(cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = sync.Value.MaxParallelMailboxes, CancellationToken = cancellationToken };
        var synced = new ConcurrentDictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        await Parallel.ForEachAsync(connections.MailboxIds, parallel, async (mailboxId, token) =>
            synced[mailboxId] = await guard.RunAsync(mailboxId, t => synchronizer.SyncAsync(mailboxId, t), token));

        // One mailbox's threads one after another, as the service's jobs run: each sees the drafts the one before
        // made (the daily limit on updates, a contact's count), and a mailbox is never asked twice at once.
        var due = (await store.ListThreadsDueAsync(clock.GetUtcNow(), cancellationToken))
            .Where(t => synced.GetValueOrDefault(t.MailboxId))
            .GroupBy(t => t.MailboxId, StringComparer.OrdinalIgnoreCase);
        await Parallel.ForEachAsync(due, parallel, async (mailbox, token) =>
        {
            foreach (var thread in mailbox)
            {
                await guard.RunAsync(thread.MailboxId, t => followUps.RunAsync(thread.Id, t), token);
            }
        });

        return await CountDraftsAsync(cancellationToken) - draftsBefore;
    }

    private async Task<int> CountDraftsAsync(CancellationToken cancellationToken) =>
        (await store.ListThreadsAsync(cancellationToken)).Sum(t => t.Drafts.Count);
}
