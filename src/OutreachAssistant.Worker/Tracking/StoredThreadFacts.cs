using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Storage;
using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Worker.Tracking;

/// <summary>A thread's facts as the store holds them now, one query each: for a thread planned on its own.</summary>
public sealed class StoredThreadFacts(OutreachStore store) : IThreadFacts
{
    public Task<IReadOnlyList<MessageEntity>> GetConversationAsync(string mailboxId, string conversationId, CancellationToken cancellationToken) =>
        store.GetConversationAsync(mailboxId, conversationId, cancellationToken);

    public Task<IReadOnlyList<MessageEntity>> GetMessagesFromAsync(string mailboxId, string address, CancellationToken cancellationToken) =>
        store.GetMessagesFromAsync(mailboxId, address, cancellationToken);

    public Task<IReadOnlyList<MessageEntity>> GetMessagesToAsync(string mailboxId, string address, CancellationToken cancellationToken) =>
        store.GetMessagesToAsync(mailboxId, address, cancellationToken);

    public Task<IReadOnlyList<MessageEntity>> GetBouncesAsync(string mailboxId, IReadOnlyCollection<string> conversationIds, CancellationToken cancellationToken) =>
        store.GetBouncesAsync(mailboxId, conversationIds, cancellationToken);

    public Task<IReadOnlyList<ThreadEntity>> ListThreadsOfContactAsync(string mailboxId, string address, CancellationToken cancellationToken) =>
        store.ListThreadsOfContactAsync(mailboxId, address, cancellationToken);

    public Task<IReadOnlyList<(DraftPurpose Purpose, DateTimeOffset CreatedAt)>> ListDraftTimesAsync(string mailboxId, DateTimeOffset since, CancellationToken cancellationToken) =>
        store.ListDraftTimesAsync(mailboxId, since, cancellationToken);
}
