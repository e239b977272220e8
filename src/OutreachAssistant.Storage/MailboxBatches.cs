using Microsoft.EntityFrameworkCore;
using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Storage;

/// <summary>
/// One mailbox's stored messages and threads read and written many at a time: a tracking pass over thousands of new
/// messages asks for them in a few queries instead of several per message, and writes what it decided in one
/// transaction. Each read returns what the matching one-at-a-time read (<see cref="MessageLog"/>, <see cref="ThreadStore"/>)
/// would, in its order.
/// </summary>
public sealed class MailboxBatches(IDbContextFactory<OutreachDbContext> contexts)
{
    /// <summary>Keeps each IN list well under every engine's limit on parameters.</summary>
    private const int Chunk = 500;

    /// <summary>The messages of each conversation asked for, as <see cref="MessageLog.GetConversationAsync"/> reads one.</summary>
    public async Task<IReadOnlyDictionary<string, List<MessageRecord>>> GetConversationsAsync(string mailboxId, IEnumerable<string> conversationIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, List<MessageRecord>>(StringComparer.Ordinal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in conversationIds.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            foreach (var id in chunk)
            {
                found[id] = [];
            }

            var rows = await db.Messages.AsNoTracking()
                .Where(m => m.MailboxId == mailboxId && chunk.Contains(m.ConversationId))
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                found[row.ConversationId].Add(MessageRecord.From(row));
            }
        }

        return found;
    }

    /// <summary>The messages from each address asked for, as <see cref="MessageLog.GetFromAsync"/> reads one; keyed by the address upper-cased.</summary>
    public async Task<IReadOnlyDictionary<string, List<MessageRecord>>> GetFromAsync(string mailboxId, IEnumerable<string> addresses, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, List<MessageRecord>>(StringComparer.Ordinal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in addresses.Select(a => a.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            foreach (var address in chunk)
            {
                found[address] = [];
            }

            var rows = await db.Messages.AsNoTracking()
                .Where(m => m.MailboxId == mailboxId && m.FromAddress != null && chunk.Contains(m.FromAddress))
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                found[row.FromAddress!].Add(MessageRecord.From(row));
            }
        }

        return found;
    }

    /// <summary>The user's own mail that has its recipients kept: what <see cref="MessageLog.GetToAsync"/> searches for one address.</summary>
    public async Task<IReadOnlyList<MessageRecord>> GetOutboundAsync(string mailboxId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Messages.AsNoTracking()
            .Where(m => m.MailboxId == mailboxId && m.Direction == ThreadMessageDirection.Outbound && m.Recipients != null)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(MessageRecord.From)];
    }

    /// <summary>Every thread of a mailbox with its drafts, whatever its state, oldest outreach first.</summary>
    public async Task<IReadOnlyList<ThreadRecord>> ListThreadsAsync(string mailboxId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Threads.AsNoTracking().Include(t => t.Drafts)
            .Where(t => t.MailboxId == mailboxId)
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(t => t.OutreachSentAt).Select(ThreadRecord.From)];
    }

    /// <summary>
    /// Writes a tracking pass's threads, signed names and findings in one transaction: threads first (added, or saved
    /// over at the revision they were read at, as <see cref="ThreadStore.SaveAsync"/> does), then the signed names over
    /// every thread of their contact, then each message's findings in place of its earlier ones.
    /// </summary>
    /// <exception cref="StaleThreadException">Another writer saved one of the threads after it was read; nothing was written.</exception>
    public async Task WriteAsync(TrackingBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.IsEmpty)
        {
            return;
        }

        var threads = batch.Threads;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in threads.Select(t => t.Id).Chunk(Chunk))
        {
            stored.UnionWith(await db.Threads.Where(t => chunk.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken));
        }

        foreach (var thread in threads)
        {
            ThreadRows.Attach(db, thread, stored.Contains(thread.Id));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new StaleThreadException("A thread of the batch was saved by another writer after it was read.", ex);
        }

        foreach (var (address, name) in batch.SignedNames)
        {
            var key = OutreachDbContext.ContactKeyOf(address);
            await db.Threads
                .Where(t => t.MailboxId == batch.MailboxId && EF.Property<string>(t, OutreachDbContext.ContactKey) == key)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ContactSignedName, name), cancellationToken);
        }

        foreach (var chunk in batch.Findings.Keys.Chunk(Chunk))
        {
            await db.Findings.Where(f => chunk.Contains(f.MessageId)).ExecuteDeleteAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        db.Findings.AddRange(batch.Findings.Values.SelectMany(f => f).Select(f => f.ToRow()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
