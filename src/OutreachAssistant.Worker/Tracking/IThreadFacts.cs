using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Storage;

namespace OutreachAssistant.Worker.Tracking;

/// <summary>
/// What a thread's history is made from (<see cref="ThreadHistoryLoader"/>): the store asked query by query
/// (<see cref="StoredThreadFacts"/>), or what a tracking pass read of its mailbox in bulk (<see cref="MailboxFacts"/>).
/// </summary>
public interface IThreadFacts
{
    Task<IReadOnlyList<MessageRecord>> GetConversationAsync(string mailboxId, string conversationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<MessageRecord>> GetMessagesFromAsync(string mailboxId, string address, CancellationToken cancellationToken);

    /// <summary>The user's own sent mail to one address, in any conversation.</summary>
    Task<IReadOnlyList<MessageRecord>> GetMessagesToAsync(string mailboxId, string address, CancellationToken cancellationToken);

    /// <summary>The delivery failures in any of the given conversations.</summary>
    Task<IReadOnlyList<MessageRecord>> GetBouncesAsync(string mailboxId, IReadOnlyCollection<string> conversationIds, CancellationToken cancellationToken);

    /// <summary>Every thread of a mailbox with one contact, whatever its state, oldest outreach first.</summary>
    Task<IReadOnlyList<ThreadRecord>> ListThreadsOfContactAsync(string mailboxId, string address, CancellationToken cancellationToken);

    /// <summary>When the mailbox's drafts made since <paramref name="since"/> were made, and what for.</summary>
    Task<IReadOnlyList<(DraftPurpose Purpose, DateTimeOffset CreatedAt)>> ListDraftTimesAsync(string mailboxId, DateTimeOffset since, CancellationToken cancellationToken);
}
