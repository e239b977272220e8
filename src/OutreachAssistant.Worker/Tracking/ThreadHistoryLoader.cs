using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Storage;
using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Worker.Tracking;

/// <summary>
/// The one place that says which stored messages count for a thread, for the planner and the follow-up
/// rules alike: the conversation's sent and received messages, anything the contact sent and anything the
/// user sent to the contact, in any conversation. Drafts do not count: they have not been sent.
/// </summary>
public sealed class ThreadHistoryLoader(OutreachStore store)
{
    public async Task<ThreadHistory> LoadAsync(ThreadEntity thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var conversation = await store.GetConversationAsync(thread.MailboxId, thread.ConversationId, cancellationToken);
        var fromContact = await store.GetMessagesFromAsync(thread.MailboxId, thread.ContactAddress, cancellationToken);
        var toContact = await store.GetMessagesToAsync(thread.MailboxId, thread.ContactAddress, cancellationToken);
        var messages = conversation
            .Concat(fromContact.Where(m => m.Direction == ThreadMessageDirection.Inbound))
            .Concat(toContact)
            .Where(m => !m.IsDraft && m.Folder != MailFolderKind.Drafts)
            .DistinctBy(m => m.MessageId)
            .Select(m => new ThreadMessage(m.MessageId, m.At, m.Direction, m.InboundKind, m.ReturnsOn))
            .OrderBy(m => m.At)
            .ToList();
        return new ThreadHistory(thread.OutreachSentAt, messages, [.. thread.Drafts.Select(d => d.CreatedAt)]) { Kind = thread.Kind };
    }
}
