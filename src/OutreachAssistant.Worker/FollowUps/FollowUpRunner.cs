using Microsoft.Extensions.Logging;
using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Storage;
using OutreachAssistant.Storage.Entities;
using OutreachAssistant.Worker.Mailboxes;
using OutreachAssistant.Worker.Sync;
using OutreachAssistant.Worker.Tracking;

namespace OutreachAssistant.Worker.FollowUps;

/// <summary>
/// What a woken thread does: reload it and ask the planner from the store; only if it is due, refresh its
/// conversation and the contact's messages from the mailbox, ask again if they brought news, and make the
/// draft (a follow-up or a keep-in-touch update) only if the planner still says it is due.
/// </summary>
public sealed partial class FollowUpRunner(
    OutreachStore store,
    MailboxConnections connections,
    ThreadPlanning planning,
    DraftWriter drafts,
    TimeProvider clock,
    ILogger<FollowUpRunner> logger)
{
    /// <returns>Whether this call put a new draft on record (what <c>Done: N</c> counts).</returns>
    public async Task<bool> RunAsync(string threadId, CancellationToken cancellationToken)
    {
        var thread = await store.GetThreadAsync(threadId, cancellationToken);
        if (thread is null)
        {
            LogUnknownThread(logger, threadId);
            return false;
        }

        // First from what the store knows: a thread that is not due (a daily limit holds it back, an answer came)
        // costs no Graph request. Newer mail can only hold a due thread back, never make a waiting one due.
        var decision = await planning.ReplanAsync(thread, clock.GetUtcNow(), cancellationToken);
        if (!decision.CreateDraftNow)
        {
            return false;
        }

        // Due: the conversation and the contact's mail are read afresh (an answer may sit in a folder the sync does
        // not watch), and the thread is planned again if they brought anything the store had not tracked.
        var mailbox = await connections.GetAsync(thread.MailboxId, cancellationToken);
        var owner = mailbox.Profile.Owner;
        var fresh = (await mailbox.GetConversationAsync(thread.ConversationId, cancellationToken))
            .Concat(await mailbox.GetMessagesFromAsync(thread.ContactAddress, cancellationToken))
            .DistinctBy(m => m.Id)
            .Select(m => MessageRecords.ToEntity(thread.MailboxId, m, owner))
            .ToList();
        if ((await store.UpsertMessagesAsync(fresh, cancellationToken)).Count > 0)
        {
            decision = await planning.ReplanAsync(thread, clock.GetUtcNow(), cancellationToken);
            if (!decision.CreateDraftNow)
            {
                return false;
            }
        }

        // The slot counts the drafts of the thread as read above. Should another process have added one since,
        // the writer finds that key already made (store, then mailbox) and makes nothing twice.
        DraftSlot slot;
        string replyTo;
        if (decision.Purpose == DraftPurpose.KeepInTouch)
        {
            var contactThreads = await store.ListThreadsOfContactAsync(thread.MailboxId, thread.ContactAddress, cancellationToken);
            slot = DraftSlot.NextKeepInTouch(thread.MailboxId, thread.ContactAddress, contactThreads.SelectMany(t => t.Drafts).Select(d => d.ToThreadDraft()));
            replyTo = LatestExchanged(thread, fresh);
        }
        else
        {
            slot = DraftSlot.NextFollowUp(thread.Id, thread.Drafts.Select(d => d.ToThreadDraft()));
            replyTo = LatestSentMessage(thread, fresh);
        }

        var written = await drafts.EnsureDraftAsync(mailbox, thread, slot, replyTo, cancellationToken);
        var updated = await store.GetThreadAsync(threadId, cancellationToken) ?? thread;
        await planning.ReplanAsync(updated, clock.GetUtcNow(), cancellationToken);
        return written?.IsNew ?? false;
    }

    /// <summary>
    /// The reply quotes the user's latest message to the contact in the conversation, so the contact sees the
    /// whole story; never one to someone else there (a forward to a friend), which would address the draft to them.
    /// </summary>
    private static string LatestSentMessage(ThreadEntity thread, IReadOnlyList<MessageEntity> conversation) =>
        conversation
            .Where(m => m.ConversationId == thread.ConversationId && !m.IsDraft && SentTo(m, thread.ContactAddress))
            .OrderByDescending(m => m.At)
            .Select(m => m.MessageId)
            .FirstOrDefault() ?? thread.OutreachMessageId;

    /// <summary>An update answers the latest word in the conversation between the user and the contact (their answer, as a rule).</summary>
    private static string LatestExchanged(ThreadEntity thread, IReadOnlyList<MessageEntity> conversation)
    {
        var contact = thread.ContactAddress.ToUpperInvariant();
        return conversation
            .Where(m => m.ConversationId == thread.ConversationId && !m.IsDraft
                && (SentTo(m, thread.ContactAddress) || (m.FromAddress == contact && m.InboundKind == InboundKind.Reply)))
            .OrderByDescending(m => m.At)
            .Select(m => m.MessageId)
            .FirstOrDefault() ?? thread.OutreachMessageId;
    }

    private static bool SentTo(MessageEntity message, string address) =>
        message.Direction == ThreadMessageDirection.Outbound
        && RecipientList.Includes(message.Recipients, address);

    [LoggerMessage(EventId = 600, Level = LogLevel.Warning, Message = "Thread {ThreadId} was woken but is not in the store; ignoring")]
    private static partial void LogUnknownThread(ILogger logger, string threadId);
}
