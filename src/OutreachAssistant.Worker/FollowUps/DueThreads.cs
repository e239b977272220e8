using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Mailboxes;
using OutreachAssistant.Worker.Tracking;

namespace OutreachAssistant.Worker.FollowUps;

/// <summary>
/// One mailbox's due threads, one after another, as <c>run --once</c> works through them after its sync. Each is first
/// planned from the store, and most go no further (a daily limit holds them back): that first look is made from
/// one bulk read of the mailbox (<see cref="MailboxFacts"/>) rather than several queries per thread, and the plans
/// of those held back are written together, as a tracking pass's are (<see cref="TrackingPass"/>). A thread that goes
/// on to its mailbox (its mail read afresh, a draft made) has them written first and changes the store, so the next
/// one is planned from a fresh read; so is the next after a failure.
/// </summary>
public sealed class DueThreads(FollowUpRunner followUps, MailboxBatches batches, TrackingPassWriter passes, MailboxGuard guard, TimeProvider clock)
{
    /// <returns>Whether every thread's work succeeded.</returns>
    public async Task<bool> RunAsync(string mailboxId, IReadOnlyList<ThreadRecord> due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        var succeeded = true;
        TrackingPass? pass = null;
        for (var next = 0; next < due.Count; next++)
        {
            var (thread, from) = (due[next], next);
            var changedTheStore = true;
            succeeded &= await guard.RunAsync(thread.MailboxId, async token =>
            {
                pass ??= new TrackingPass(await ReadAsync(mailboxId, [.. due.Skip(from)], token));
                changedTheStore = await followUps.RunAsync(thread.Id, pass, token);
            }, cancellationToken);
            if (changedTheStore)
            {
                // Written by the thread that went on; after a failure, what was planned before it is written now.
                succeeded &= await WriteAsync(pass, cancellationToken);
                pass = null;
            }
        }

        return succeeded & await WriteAsync(pass, cancellationToken);
    }

    private async Task<bool> WriteAsync(TrackingPass? pass, CancellationToken cancellationToken) =>
        pass is not { IsWritten: false } || await guard.RunAsync(pass.MailboxId, token => passes.WriteAsync(pass, clock.GetUtcNow(), token), cancellationToken);

    /// <summary>The mailbox's threads, and the conversations and contacts' mail of the threads still to come.</summary>
    private async Task<MailboxFacts> ReadAsync(string mailboxId, IReadOnlyList<ThreadRecord> rest, CancellationToken cancellationToken)
    {
        var facts = await MailboxFacts.LoadAsync(batches, mailboxId, cancellationToken);
        await facts.PrefetchAsync(rest.Select(t => t.ConversationId), rest.Select(t => t.ContactAddress), cancellationToken);
        return facts;
    }
}
