using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Storage;

namespace OutreachAssistant.Worker.DryRun;

/// <summary>
/// What a dry run does with a plan's <see cref="DraftOrder"/> in place of making the draft: notes it, and puts it on
/// the scratch copy's record as a real run records a draft it made, so that what counts drafts (the next follow-up's
/// number, a contact's updates, a limit per day) plans the rest of the run as a real run would.
/// </summary>
public sealed partial class PlannedDrafts(IDraftLedger ledger, StateFolder state, TimeProvider clock, ILogger<PlannedDrafts> logger)
{
    /// <summary>Stands for the draft's id in the mailbox on the scratch record: no draft was made.</summary>
    public const string NoMessage = "(dry run: not made)";

    private readonly ConcurrentQueue<PlannedDraft> planned = new();

    /// <summary>Every draft noted, in the order they were planned (each mailbox's in turn).</summary>
    public IReadOnlyList<PlannedDraft> All => [.. planned];

    /// <returns>Whether the draft was noted; false when the record already holds its key (a real run would make nothing either).</returns>
    /// <exception cref="InvalidOperationException">This host works on the data folder's own state: it is no dry run.</exception>
    public async Task<bool> NoteAsync(ThreadRecord thread, ThreadPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(plan);
        var order = plan.Draft ?? throw new ArgumentException("The plan orders no draft.", nameof(plan));
        if (!state.IsDryRun)
        {
            throw new InvalidOperationException("Drafts are noted instead of made only in a dry run, on a scratch copy of the state.");
        }

        if (await ledger.FindAsync(order.Slot.Key, cancellationToken) is not null)
        {
            return false;
        }

        await ledger.RecordAsync(
            new DraftRecord
            {
                DraftKey = order.Slot.Key,
                ThreadId = thread.Id,
                Purpose = order.Slot.Purpose,
                Sequence = order.Slot.Sequence,
                MessageId = NoMessage,
                CreatedAt = clock.GetUtcNow(),
            },
            cancellationToken);
        planned.Enqueue(new PlannedDraft(thread.MailboxId, thread.Id, order.To, thread.Subject, order.Slot, plan.Decision.Reason));
        LogPlanned(logger, order.Slot.Purpose, order.Slot.Sequence, thread.Id);
        return true;
    }

    [LoggerMessage(EventId = 510, Level = LogLevel.Information, Message = "Dry run: {Purpose} draft {Sequence} of thread {ThreadId} would be made; it is noted, not made")]
    private static partial void LogPlanned(ILogger logger, DraftPurpose purpose, int sequence, string threadId);
}
