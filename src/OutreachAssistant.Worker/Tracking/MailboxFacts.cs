using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Storage;

namespace OutreachAssistant.Worker.Tracking;

/// <summary>
/// What one tracking pass reads of its mailbox, read in bulk rather than several queries per message and thread:
/// the stored messages of the conversations and contacts it concerns, and the mailbox's threads with their drafts.
/// Stored messages do not change while a mailbox is tracked (its sync and its woken threads take turns), so they
/// are read once; a conversation or sender not read ahead is read when first asked for, and kept. Threads do
/// change: the pass adds the ones it starts (<see cref="Add"/>) and holds each thread's newest copy once planned
/// (<see cref="Replace"/>), so every history made later in the pass sees it as planned. Lives for one pass only (or
/// one run of due threads that asks nothing of the mailbox, <see cref="FollowUps.DueThreads"/>).
/// </summary>
public sealed class MailboxFacts : IThreadFacts
{
    private readonly MailboxBatches reads;
    private readonly string mailboxId;
    private readonly List<ThreadRecord> threads = [];
    private readonly Dictionary<string, ThreadRecord> threadsByConversation = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ThreadRecord>> threadsByContact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<MessageRecord>> conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<MessageRecord>> senders = new(StringComparer.Ordinal);
    private Dictionary<string, List<MessageRecord>>? outboundByRecipient;

    // One copy of each stored message, however many reads bring it (its conversation, its sender, the user's mail),
    // and one of each conversation id and sender address its copies share: a first sync reads tens of thousands.
    private readonly Dictionary<string, MessageRecord> held = new(StringComparer.Ordinal);
    private readonly HashSet<string> sharedValues = new(StringComparer.Ordinal);

    private MailboxFacts(MailboxBatches reads, string mailboxId, IEnumerable<ThreadRecord> threads)
    {
        this.reads = reads;
        this.mailboxId = mailboxId;
        foreach (var thread in threads)
        {
            Add(thread);
        }
    }

    /// <summary>Reads the mailbox's threads; messages are read by <see cref="PrefetchAsync"/> or as asked for.</summary>
    public static async Task<MailboxFacts> LoadAsync(MailboxBatches reads, string mailboxId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reads);
        return new MailboxFacts(reads, mailboxId, await reads.ListThreadsAsync(mailboxId, cancellationToken));
    }

    public string MailboxId => mailboxId;

    /// <summary>The mailbox's threads that a new message could still change: the open ones, and those with a wake-up.</summary>
    public IReadOnlyList<ThreadRecord> ActiveThreads => [.. threads.Where(t => OutreachThreadStates.Open.Contains(t.State) || t.WakeUpAt != null)];

    /// <summary>Reads, in a few queries, the conversations and the senders' mail the pass is about to ask for.</summary>
    public async Task PrefetchAsync(IEnumerable<string> conversationIds, IEnumerable<string> senderAddresses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationIds);
        ArgumentNullException.ThrowIfNull(senderAddresses);
        var missingConversations = conversationIds.Where(c => !conversations.ContainsKey(c)).ToList();
        foreach (var (id, rows) in await reads.GetConversationsAsync(mailboxId, missingConversations, cancellationToken))
        {
            conversations[id] = Held(rows);
        }

        var missingSenders = senderAddresses.Select(a => a.ToUpperInvariant()).Where(a => !senders.ContainsKey(a)).ToList();
        foreach (var (address, rows) in await reads.GetFromAsync(mailboxId, missingSenders, cancellationToken))
        {
            senders[address] = Held(rows);
        }
    }

    public ThreadRecord? FindThread(string conversationId) => threadsByConversation.GetValueOrDefault(conversationId);

    /// <summary>The thread with the id, as held.</summary>
    public ThreadRecord? GetThread(string threadId) => threads.Find(t => t.Id == threadId);

    /// <summary>Holds a thread the pass has just stored.</summary>
    public void Add(ThreadRecord thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        threads.Add(thread);
        threadsByConversation[thread.ConversationId] = thread;
        var key = OutreachDbContext.ContactKeyOf(thread.ContactAddress);
        if (!threadsByContact.TryGetValue(key, out var ofContact))
        {
            threadsByContact[key] = ofContact = [];
        }

        ofContact.Add(thread);
    }

    /// <summary>Holds a newer copy of a thread (as planned, or read again from the store) in place of the one held.</summary>
    public void Replace(ThreadRecord thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (threads.FindIndex(t => t.Id == thread.Id) is var index and >= 0)
        {
            var held = threads[index];
            threads[index] = thread;
            threadsByConversation[thread.ConversationId] = thread;
            var ofContact = threadsByContact[OutreachDbContext.ContactKeyOf(held.ContactAddress)];
            ofContact[ofContact.FindIndex(t => t.Id == thread.Id)] = thread;
        }
    }

    /// <summary>Whether the mailbox has a thread with the address, so that news of it can change something.</summary>
    public bool HasThreadWith(string address) => threadsByContact.ContainsKey(OutreachDbContext.ContactKeyOf(address));

    public async Task<IReadOnlyList<MessageRecord>> GetConversationAsync(string mailboxId, string conversationId, CancellationToken cancellationToken)
    {
        Check(mailboxId);
        if (!conversations.ContainsKey(conversationId))
        {
            await PrefetchAsync([conversationId], [], cancellationToken);
        }

        return conversations[conversationId];
    }

    public async Task<IReadOnlyList<MessageRecord>> GetMessagesFromAsync(string mailboxId, string address, CancellationToken cancellationToken)
    {
        Check(mailboxId);
        var key = address.ToUpperInvariant();
        if (!senders.ContainsKey(key))
        {
            await PrefetchAsync([], [address], cancellationToken);
        }

        return senders[key];
    }

    /// <summary>
    /// All of the user's mail with recipients is read once and filed under each of its recipients, so that finding
    /// an address's share costs no scan of it (a scan per contact grew with contacts times sent mail).
    /// </summary>
    public async Task<IReadOnlyList<MessageRecord>> GetMessagesToAsync(string mailboxId, string address, CancellationToken cancellationToken)
    {
        Check(mailboxId);
        ArgumentNullException.ThrowIfNull(address);
        if (outboundByRecipient is null)
        {
            var byRecipient = new Dictionary<string, List<MessageRecord>>(StringComparer.Ordinal);
            foreach (var message in Held([.. await reads.GetOutboundAsync(mailboxId, cancellationToken)]))
            {
                foreach (var recipient in RecipientList.Addresses(message.Recipients))
                {
                    if (!byRecipient.TryGetValue(recipient, out var to))
                    {
                        byRecipient[recipient] = to = [];
                    }

                    to.Add(message);
                }
            }

            outboundByRecipient = byRecipient;
        }

        return outboundByRecipient.GetValueOrDefault(address.ToUpperInvariant()) ?? [];
    }

    public async Task<IReadOnlyList<MessageRecord>> GetBouncesAsync(string mailboxId, IReadOnlyCollection<string> conversationIds, CancellationToken cancellationToken)
    {
        Check(mailboxId);
        await PrefetchAsync(conversationIds, [], cancellationToken);
        return [.. conversationIds.Distinct(StringComparer.Ordinal).SelectMany(c => conversations[c]).Where(m => m.InboundKind == InboundKind.DeliveryFailure)];
    }

    public Task<IReadOnlyList<ThreadRecord>> ListThreadsOfContactAsync(string mailboxId, string address, CancellationToken cancellationToken)
    {
        Check(mailboxId);
        // As the store lists them: by outreach, then by id (the order it reads them in with their drafts).
        IReadOnlyList<ThreadRecord> found = threadsByContact.TryGetValue(OutreachDbContext.ContactKeyOf(address), out var ofContact)
            ? [.. ofContact.OrderBy(t => t.OutreachSentAt).ThenBy(t => t.Id, StringComparer.Ordinal)]
            : [];
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<(DraftPurpose Purpose, DateTimeOffset CreatedAt)>> ListDraftTimesAsync(string mailboxId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        Check(mailboxId);
        IReadOnlyList<(DraftPurpose, DateTimeOffset)> made = [.. threads.SelectMany(t => t.Drafts).Where(d => d.CreatedAt > since).Select(d => (d.Purpose, d.CreatedAt))];
        return Task.FromResult(made);
    }

    /// <summary>The rows with each message replaced by the copy already held, or held from now on.</summary>
    private List<MessageRecord> Held(List<MessageRecord> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!held.TryGetValue(row.MessageId, out var copy))
            {
                copy = row with { MailboxId = mailboxId, ConversationId = Shared(row.ConversationId), FromAddress = row.FromAddress is { } from ? Shared(from) : null };
                held[row.MessageId] = copy;
            }

            rows[i] = copy;
        }

        return rows;
    }

    private string Shared(string value)
    {
        if (sharedValues.TryGetValue(value, out var kept))
        {
            return kept;
        }

        sharedValues.Add(value);
        return value;
    }

    private void Check(string asked)
    {
        if (!string.Equals(asked, mailboxId, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The facts of mailbox {mailboxId} were asked about mailbox {asked}.");
        }
    }
}
