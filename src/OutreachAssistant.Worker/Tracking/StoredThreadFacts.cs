using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Storage;

namespace OutreachAssistant.Worker.Tracking;

/// <summary>A thread's facts as the store holds them now, one query each: for a thread planned on its own.</summary>
public sealed class StoredThreadFacts(ThreadStore threads, MessageLog messages, IDraftLedger drafts) : IThreadFacts
{
    public Task<IReadOnlyList<MessageRecord>> GetConversationAsync(string mailboxId, string conversationId, CancellationToken cancellationToken) =>
        messages.GetConversationAsync(mailboxId, conversationId, cancellationToken);

    public Task<IReadOnlyList<MessageRecord>> GetMessagesFromAsync(string mailboxId, string address, CancellationToken cancellationToken) =>
        messages.GetFromAsync(mailboxId, address, cancellationToken);

    public Task<IReadOnlyList<MessageRecord>> GetMessagesToAsync(string mailboxId, string address, CancellationToken cancellationToken) =>
        messages.GetToAsync(mailboxId, address, cancellationToken);

    public Task<IReadOnlyList<MessageRecord>> GetBouncesAsync(string mailboxId, IReadOnlyCollection<string> conversationIds, CancellationToken cancellationToken) =>
        messages.GetBouncesAsync(mailboxId, conversationIds, cancellationToken);

    public Task<IReadOnlyList<ThreadRecord>> ListThreadsOfContactAsync(string mailboxId, string address, CancellationToken cancellationToken) =>
        threads.ListOfContactAsync(mailboxId, address, cancellationToken);

    public Task<IReadOnlyList<(DraftPurpose Purpose, DateTimeOffset CreatedAt)>> ListDraftTimesAsync(string mailboxId, DateTimeOffset since, CancellationToken cancellationToken) =>
        drafts.ListMadeSinceAsync(mailboxId, since, cancellationToken);
}
