using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Storage;

namespace OutreachAssistant.Worker.Tracking;

/// <summary>
/// The one place that says which stored messages count for a thread, for the planner and the follow-up
/// rules alike: the conversation's received messages, anything the contact sent and anything the user sent
/// to the contact, in any conversation (in the conversation too: the user's mail there to others is left out). Drafts do not count: they have not been sent. What is
/// known per contact comes from all the contact's threads: the keep-in-touch drafts made, whether a later
/// answered thread carries the next one, and the last bounce. The facts come from the store, or from what a
/// tracking pass read of the mailbox at once (<see cref="MailboxFacts"/>).
/// </summary>
public sealed class ThreadHistoryLoader(ThreadStore threads, MessageLog messages, IDraftLedger drafts, TimeProvider clock)
{
    public Task<ThreadHistory> LoadAsync(ThreadRecord thread, CancellationToken cancellationToken) =>
        LoadAsync(thread, new StoredThreadFacts(threads, messages, drafts), cancellationToken);

    public async Task<ThreadHistory> LoadAsync(ThreadRecord thread, IThreadFacts facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(facts);
        var conversation = await facts.GetConversationAsync(thread.MailboxId, thread.ConversationId, cancellationToken);
        var fromContact = await facts.GetMessagesFromAsync(thread.MailboxId, thread.ContactAddress, cancellationToken);
        var toContact = await facts.GetMessagesToAsync(thread.MailboxId, thread.ContactAddress, cancellationToken);
        // The user's messages in the conversation count only when they went to the contact: a forward to a
        // friend for advice is neither a follow-up nor a reason to set a waiting draft aside.
        var counted = conversation
            .Where(m => m.Direction == ThreadMessageDirection.Inbound || RecipientList.Includes(m.Recipients, thread.ContactAddress))
            .Concat(fromContact.Where(m => m.Direction == ThreadMessageDirection.Inbound))
            .Concat(toContact)
            .Where(m => !m.IsDraft && m.Folder != MailFolderKind.Drafts)
            .DistinctBy(m => m.MessageId)
            .Select(m => new ThreadMessage(m.MessageId, m.At, m.Direction, m.InboundKind, m.ReturnsOn)
            {
                ConversationId = m.ConversationId,
                FromContact = m.Direction == ThreadMessageDirection.Inbound && string.Equals(m.FromAddress, thread.ContactAddress, StringComparison.OrdinalIgnoreCase),
                Categories = CategoryList.Read(m.Categories),
                FlagDueAt = m.FlagDueAt,
            })
            .OrderBy(m => m.At)
            .ToList();
        var contactThreads = await facts.ListThreadsOfContactAsync(thread.MailboxId, thread.ContactAddress, cancellationToken);
        var others = contactThreads.Where(t => t.Id != thread.Id).ToList();
        var lately = await facts.ListDraftTimesAsync(thread.MailboxId, clock.GetUtcNow() - TimeSpan.FromDays(2), cancellationToken);
        return new ThreadHistory(thread.OutreachSentAt, counted, [.. thread.Drafts.Where(d => d.Purpose == DraftPurpose.FollowUp).Select(d => d.CreatedAt)])
        {
            Kind = thread.Kind,

            // Who the outreach went to is kept with the message (To, Cc and Bcc), so older threads know it too.
            Audience = RecipientList.Count(conversation.FirstOrDefault(m => m.MessageId == thread.OutreachMessageId)?.Recipients),
            KeepInTouchDraftsAt = [.. others.Append(thread).SelectMany(t => t.Drafts).Where(d => d.Purpose == DraftPurpose.KeepInTouch).Select(d => d.CreatedAt)],
            KeepInTouchElsewhere = others.Any(t => t.OutreachSentAt > thread.OutreachSentAt && t.State is OutreachThreadState.Answered or OutreachThreadState.KeepInTouchDue or OutreachThreadState.YourTurn),
            ContactBouncedAt = await LastBounceAsync(facts, thread.MailboxId, others, cancellationToken),
            MailboxKeepInTouchDraftsAt = [.. lately.Where(d => d.Purpose == DraftPurpose.KeepInTouch).Select(d => d.CreatedAt)],
            MailboxDraftsAt = [.. lately.Select(d => d.CreatedAt)],

            // A reply to a colleague who answered in the conversation answers them, though it went to someone else.
            OwnMessagesInConversationAt = [.. conversation.Where(m => m.Direction == ThreadMessageDirection.Outbound && !m.IsDraft && m.Folder != MailFolderKind.Drafts).Select(m => m.At)],
        };
    }

    /// <summary>The latest bounce in the contact's other conversations, after the outreach it answers; one query for all of them.</summary>
    private static async Task<DateTimeOffset?> LastBounceAsync(IThreadFacts facts, string mailboxId, List<ThreadRecord> others, CancellationToken cancellationToken)
    {
        if (others.Count == 0)
        {
            return null;
        }

        var since = others.ToDictionary(t => t.ConversationId, t => t.OutreachSentAt, StringComparer.Ordinal);
        var bounces = await facts.GetBouncesAsync(mailboxId, [.. since.Keys], cancellationToken);
        return bounces.Where(m => m.At >= since[m.ConversationId]).Select(m => (DateTimeOffset?)m.At).Max();
    }
}
