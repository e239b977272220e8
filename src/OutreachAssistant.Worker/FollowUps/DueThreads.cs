using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Mailboxes;
using OutreachAssistant.Worker.Tracking;

namespace OutreachAssistant.Worker.FollowUps;

/// <summary>
/// One mailbox's due threads, one after another, as <c>run --once</c> works through them after its sync. Each is first
/// planned from the store, and most go no further (a daily limit holds them back): that first look is made from
/// one bulk read of the mailbox (<see cref="MailboxFacts"/>) rather than several queries per thread. A thread that
/// goes on to its mailbox (its mail read afresh, a draft made) changes the store, so the next one is planned from a
/// fresh read; so is the next after a failure.
/// </summary>
public sealed class DueThreads(FollowUpRunner followUps, MailboxBatches batches, MailboxGuard guard)
{
    /// <returns>Whether every thread's work succeeded.</returns>
    public async Task<bool> RunAsync(string mailboxId, IReadOnlyList<ThreadRecord> due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        var succeeded = true;
        MailboxFacts? facts = null;
        for (var next = 0; next < due.Count; next++)
        {
            var (thread, from) = (due[next], next);
            var changedTheStore = true;
            succeeded &= await guard.RunAsync(thread.MailboxId, async token =>
            {
                facts ??= await ReadAsync(mailboxId, [.. due.Skip(from)], token);
                changedTheStore = await followUps.RunAsync(thread.Id, facts, token);
            }, cancellationToken);
            if (changedTheStore)
            {
                facts = null;
            }
        }

        return succeeded;
    }

    /// <summary>The mailbox's threads, and the conversations and contacts' mail of the threads still to come.</summary>
    private async Task<MailboxFacts> ReadAsync(string mailboxId, IReadOnlyList<ThreadRecord> rest, CancellationToken cancellationToken)
    {
        var facts = await MailboxFacts.LoadAsync(batches, mailboxId, cancellationToken);
        await facts.PrefetchAsync(rest.Select(t => t.ConversationId), rest.Select(t => t.ContactAddress), cancellationToken);
        return facts;
    }
}
