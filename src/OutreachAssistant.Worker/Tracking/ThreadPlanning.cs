using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutreachAssistant.Core.Drafting;
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
    FollowUpPlanner planner,
    IFollowUpScheduler scheduler,
    MailboxConnections connections,
    IOptions<DraftingOptions> drafting,
    UndeliverableContactFinding undeliverable,
    ILogger<StaleDrafts> staleLogger,
    ILogger<ThreadPlanning> logger)
{
    private readonly StaleDrafts staleDrafts = new(store, drafting, staleLogger);

    public async Task<FollowUpDecision> ReplanAsync(ThreadEntity thread, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var contactThreads = await store.ListThreadsOfContactAsync(thread.MailboxId, thread.ContactAddress, cancellationToken);
        var history = await LoadHistoryAsync(thread, contactThreads, cancellationToken);
        var mailbox = await connections.GetAsync(thread.MailboxId, cancellationToken);
        var decision = planner.Decide(history, now, MailboxWorkingHoursResolver.For(mailbox.Profile));
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

        // A reply that came after a draft was made makes that draft stale: the user must not send it unseen.
        var stale = StaleDraftsOf(thread, history, decision).ToList();
        if (stale.Count > 0)
        {
            await staleDrafts.MarkAsync(mailbox, thread.Id, stale, now, cancellationToken);
        }

        if (decision.State == OutreachThreadState.Undeliverable && OwnBounce(history) is { } bounce)
        {
            await undeliverable.RecordAsync(thread, bounce.MessageId, bounce.At, cancellationToken);
        }

        LogDecision(logger, thread.Id, decision.State, decision.NextActionAt);
        return decision;
    }

    private static ThreadMessage? OwnBounce(ThreadHistory history) =>
        history.Messages.FirstOrDefault(m => m.InboundKind == Core.Detection.InboundKind.DeliveryFailure && m.At >= history.OutreachSentAt);

    /// <summary>
    /// Follow-up drafts go stale once the thread is answered; a keep-in-touch update once the contact writes
    /// after it was made.
    /// </summary>
    private static IEnumerable<DraftEntity> StaleDraftsOf(ThreadEntity thread, ThreadHistory history, FollowUpDecision decision)
    {
        var answered = decision.State is OutreachThreadState.Answered or OutreachThreadState.KeepInTouchDue;
        return thread.Drafts.Where(d => d.StaleMarkedAt is null && (d.Purpose == DraftPurpose.FollowUp
            ? answered
            : history.Messages.Any(m => m.InboundKind == Core.Detection.InboundKind.Reply && m.At > d.CreatedAt)));
    }

    /// <summary>
    /// The messages that count for a thread: the conversation's sent and received messages, anything the
    /// contact sent and anything the user sent to the contact, in any conversation. Drafts do not count:
    /// they have not been sent. What is known per contact comes from all the contact's threads: the
    /// keep-in-touch drafts made, which thread carries the next one, and the last bounce.
    /// </summary>
    private async Task<ThreadHistory> LoadHistoryAsync(ThreadEntity thread, IReadOnlyList<ThreadEntity> contactThreads, CancellationToken cancellationToken)
    {
        var conversation = await store.GetConversationAsync(thread.MailboxId, thread.ConversationId, cancellationToken);
        var fromContact = await store.GetMessagesFromAsync(thread.MailboxId, thread.ContactAddress, cancellationToken);
        var toContact = await store.GetMessagesToAsync(thread.MailboxId, thread.ContactAddress, cancellationToken);
        var messages = conversation
            .Concat(fromContact.Where(m => m.Direction == ThreadMessageDirection.Inbound))
            .Concat(toContact)
            .Where(m => !m.IsDraft && m.Folder != Core.Mail.MailFolderKind.Drafts)
            .DistinctBy(m => m.MessageId)
            .Select(m => new ThreadMessage(m.MessageId, m.At, m.Direction, m.InboundKind, m.ReturnsOn))
            .OrderBy(m => m.At)
            .ToList();
        var others = contactThreads.Where(t => t.Id != thread.Id).ToList();
        return new ThreadHistory(thread.OutreachSentAt, messages, [.. thread.Drafts.Where(d => d.Purpose == DraftPurpose.FollowUp).Select(d => d.CreatedAt)])
        {
            Kind = thread.Kind,
            KeepInTouchDraftsAt = [.. contactThreads.Append(thread).DistinctBy(t => t.Id).SelectMany(t => t.Drafts).Where(d => d.Purpose == DraftPurpose.KeepInTouch).Select(d => d.CreatedAt)],
            KeepInTouchElsewhere = others.Any(t => t.OutreachSentAt > thread.OutreachSentAt && t.State is OutreachThreadState.Answered or OutreachThreadState.KeepInTouchDue),
            ContactBouncedAt = await LastBounceAsync(others, cancellationToken),
        };
    }

    /// <summary>The latest bounce in the contact's other conversations, after the outreach it answers.</summary>
    private async Task<DateTimeOffset?> LastBounceAsync(IEnumerable<ThreadEntity> others, CancellationToken cancellationToken)
    {
        DateTimeOffset? last = null;
        foreach (var other in others)
        {
            var bounces = (await store.GetConversationAsync(other.MailboxId, other.ConversationId, cancellationToken))
                .Where(m => m.InboundKind == Core.Detection.InboundKind.DeliveryFailure && m.At >= other.OutreachSentAt)
                .Select(m => (DateTimeOffset?)m.At);
            last = bounces.Append(last).Max();
        }

        return last;
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Debug, Message = "Thread {ThreadId} is {State}; next action at {NextActionAt}")]
    private static partial void LogDecision(ILogger logger, string threadId, OutreachThreadState state, DateTimeOffset? nextActionAt);
}
