using Microsoft.Extensions.Logging;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Storage;
using OutreachAssistant.Storage.Entities;
using OutreachAssistant.Worker.Scheduling;

namespace OutreachAssistant.Worker.Tracking;

/// <summary>
/// Asks the planner about a thread from what the store knows, saves the answer and sets the wake-up.
/// The store is the truth; the scheduler only holds the next time to look again.
/// </summary>
public sealed partial class ThreadPlanning(
    OutreachStore store,
    FollowUpPlanner planner,
    IFollowUpScheduler scheduler,
    ILogger<ThreadPlanning> logger)
{
    public async Task<FollowUpDecision> ReplanAsync(ThreadEntity thread, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var history = await LoadHistoryAsync(thread, cancellationToken);
        var decision = planner.Decide(history, now);
        thread.State = decision.State;
        thread.NextActionAt = decision.NextActionAt;
        thread.Reason = decision.Reason;
        thread.UpdatedAt = now;
        await store.SaveThreadAsync(thread, cancellationToken);
        if (decision.NextActionAt is { } at)
        {
            await scheduler.ScheduleAsync(thread.Id, at, cancellationToken);
        }
        else
        {
            await scheduler.CancelAsync(thread.Id, cancellationToken);
        }

        LogDecision(logger, thread.Id, decision.State, decision.NextActionAt);
        return decision;
    }

    /// <summary>
    /// The messages that count for a thread: the conversation's sent and received messages, and anything the
    /// contact sent in any conversation. Drafts do not count: they have not been sent.
    /// </summary>
    private async Task<ThreadHistory> LoadHistoryAsync(ThreadEntity thread, CancellationToken cancellationToken)
    {
        var conversation = await store.GetConversationAsync(thread.MailboxId, thread.ConversationId, cancellationToken);
        var fromContact = await store.GetMessagesFromAsync(thread.MailboxId, thread.ContactAddress, cancellationToken);
        var messages = conversation
            .Concat(fromContact.Where(m => m.Direction == ThreadMessageDirection.Inbound))
            .Where(m => !m.IsDraft)
            .DistinctBy(m => m.MessageId)
            .Select(m => new ThreadMessage(m.MessageId, m.At, m.Direction, m.InboundKind))
            .OrderBy(m => m.At)
            .ToList();
        return new ThreadHistory(thread.OutreachSentAt, messages, [.. thread.Drafts.Select(d => d.CreatedAt)]);
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Debug, Message = "Thread {ThreadId} is {State}; next action at {NextActionAt}")]
    private static partial void LogDecision(ILogger logger, string threadId, OutreachThreadState state, DateTimeOffset? nextActionAt);
}
