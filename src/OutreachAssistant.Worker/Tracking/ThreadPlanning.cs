using Microsoft.Extensions.Logging;
using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Storage;
using OutreachAssistant.Storage.Entities;
using OutreachAssistant.Worker.Findings;
using OutreachAssistant.Worker.FollowUps;
using OutreachAssistant.Worker.Mailboxes;
using OutreachAssistant.Worker.Scheduling;

namespace OutreachAssistant.Worker.Tracking;

/// <summary>
/// Asks the planner about a thread from what the store knows, saves the answer and sets the wake-up.
/// The store is the truth; the scheduler only holds the next time to look again.
/// </summary>
public sealed partial class ThreadPlanning(
    OutreachStore store,
    ThreadHistoryLoader histories,
    FollowUpPlanner planner,
    IFollowUpScheduler scheduler,
    MailboxConnections connections,
    StaleDrafts staleDrafts,
    UndeliverableContactFinding undeliverable,
    ILogger<ThreadPlanning> logger)
{
    /// <summary>Two writers race for a thread rarely; a third read that is still stale means something is wrong.</summary>
    private const int MaxAttempts = 3;

    /// <remarks>
    /// The thread may have been read before another writer saved it (a woken thread recording its draft while
    /// a sync planned from an older read, or another process). Then the save is refused, and the planner is
    /// asked again from what the store holds now.
    /// </remarks>
    public async Task<FollowUpDecision> ReplanAsync(ThreadEntity thread, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ReplanOnceAsync(thread, now, cancellationToken);
            }
            catch (StaleThreadException) when (attempt < MaxAttempts)
            {
                LogReadAgain(logger, thread.Id);
                thread = await store.GetThreadAsync(thread.Id, cancellationToken)
                    ?? throw new InvalidOperationException($"Thread {thread.Id} was removed while it was planned.");
            }
        }
    }

    private async Task<FollowUpDecision> ReplanOnceAsync(ThreadEntity thread, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var history = await histories.LoadAsync(thread, cancellationToken);
        var mailbox = await connections.GetAsync(thread.MailboxId, cancellationToken);
        var decision = planner.Decide(history, now, MailboxWorkingHoursResolver.For(mailbox.Profile));
        thread.State = decision.State;
        thread.NextActionAt = decision.NextActionAt;
        thread.WakeUpAt = decision.WakeUpAt;
        thread.Reason = decision.Reason;
        thread.UpdatedAt = now;
        await store.SaveThreadAsync(thread, cancellationToken);
        if (decision.WakeUpAt is { } at)
        {
            await scheduler.ScheduleAsync(thread.Id, thread.MailboxId, at, cancellationToken);
        }
        else
        {
            await scheduler.CancelAsync(thread.Id, cancellationToken);
        }

        // A reply that came after a draft was made makes that draft stale: the user must not send it unseen.
        var stale = StaleDraftsOf(thread, history, decision).ToList();
        if (stale.Count > 0)
        {
            await staleDrafts.MarkAsync(mailbox, thread.Id, stale, StaleCause.ReplyReceived, now, cancellationToken);
        }

        var superseded = SupersededDraftsOf(thread, history).Except(stale).ToList();
        if (superseded.Count > 0)
        {
            await staleDrafts.MarkAsync(mailbox, thread.Id, superseded, StaleCause.UserWroteSince, now, cancellationToken);
        }

        if (decision.State == OutreachThreadState.Undeliverable && OwnBounce(history) is { } bounce)
        {
            await undeliverable.RecordAsync(thread, bounce.MessageId, bounce.At, MailboxTimeZone.Resolve(mailbox.Profile.TimeZone), cancellationToken);
        }

        LogDecision(logger, thread.Id, decision.State, decision.NextActionAt);
        return decision;
    }

    private static ThreadMessage? OwnBounce(ThreadHistory history) =>
        history.Messages.FirstOrDefault(m => m.InboundKind == InboundKind.DeliveryFailure && m.At >= history.OutreachSentAt);

    /// <summary>
    /// Follow-up drafts go stale once the thread is answered; a keep-in-touch update once the contact writes
    /// after it was made.
    /// </summary>
    private static IEnumerable<DraftEntity> StaleDraftsOf(ThreadEntity thread, ThreadHistory history, FollowUpDecision decision)
    {
        var answered = decision.State is OutreachThreadState.Answered or OutreachThreadState.KeepInTouchDue;
        return thread.Drafts.Where(d => d.StaleMarkedAt is null && (d.Purpose == DraftPurpose.FollowUp
            ? answered
            : history.Messages.Any(m => m.InboundKind == InboundKind.Reply && m.At > d.CreatedAt)));
    }

    /// <summary>
    /// Drafts the user wrote past: a message of theirs to the contact after the draft was made. When it is the
    /// draft itself, sent, no unsent copy is left to mark, and only the record says it was looked at.
    /// </summary>
    private static IEnumerable<DraftEntity> SupersededDraftsOf(ThreadEntity thread, ThreadHistory history) =>
        thread.Drafts.Where(d => d.StaleMarkedAt is null
            && history.Messages.Any(m => m.Direction == ThreadMessageDirection.Outbound && m.At > d.CreatedAt));

    [LoggerMessage(EventId = 301, Level = LogLevel.Debug, Message = "Thread {ThreadId} was saved by another writer since it was read; planning again from the store")]
    private static partial void LogReadAgain(ILogger logger, string threadId);

    [LoggerMessage(EventId = 300, Level = LogLevel.Debug, Message = "Thread {ThreadId} is {State}; next action at {NextActionAt}")]
    private static partial void LogDecision(ILogger logger, string threadId, OutreachThreadState state, DateTimeOffset? nextActionAt);
}
