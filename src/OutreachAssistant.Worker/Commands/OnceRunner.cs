using OutreachAssistant.Storage;
using OutreachAssistant.Worker.FollowUps;
using OutreachAssistant.Worker.Mailboxes;
using OutreachAssistant.Worker.Sync;

namespace OutreachAssistant.Worker.Commands;

/// <summary><c>outreach run --once</c>: one sync of every mailbox, then every follow-up that is due, then exit.</summary>
public sealed class OnceRunner(
    MailboxConnections connections,
    MailboxSynchronizer synchronizer,
    FollowUpRunner followUps,
    OutreachStore store,
    TimeProvider clock)
{
    /// <returns>How many drafts this run made.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken);
        var draftsBefore = await CountDraftsAsync(cancellationToken);
        foreach (var mailboxId in connections.MailboxIds)
        {
            await synchronizer.SyncAsync(mailboxId, cancellationToken);
        }

        foreach (var threadId in await store.ListThreadIdsDueAsync(clock.GetUtcNow(), cancellationToken))
        {
            await followUps.RunAsync(threadId, cancellationToken);
        }

        return await CountDraftsAsync(cancellationToken) - draftsBefore;
    }

    private async Task<int> CountDraftsAsync(CancellationToken cancellationToken) =>
        (await store.ListThreadsAsync(cancellationToken)).Sum(t => t.Drafts.Count);
}
