using Microsoft.EntityFrameworkCore;
using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Storage;

/// <summary>
/// How <see cref="MessageLog"/> stores a page of messages in one transaction: new rows added, known rows brought up
/// to date without losing what a partial read left out, and a message met under a new id kept as one row.
/// </summary>
internal static class MessageUpserts
{
    /// <returns>The ids the tracker has still to see.</returns>
    public static async Task<IReadOnlySet<string>> TryUpsertAsync(OutreachDbContext db, IReadOnlyCollection<MessageEntity> messages, ISet<string>? restyled, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var untracked = new HashSet<string>(StringComparer.Ordinal);
        var (rows, stored) = await StoredAsync(db, messages, cancellationToken);

        // New rows are added after the tracked changes, in a few statements (MessageRowInserts); one met again in the
        // same page is handed to the change tracker first, as it would have been all along.
        var added = new List<MessageEntity>();
        void Track(MessageEntity row)
        {
            if (added.Remove(row))
            {
                db.Messages.Add(row);
            }
        }

        foreach (var message in messages)
        {
            var existing = rows.GetValueOrDefault((message.MailboxId, message.MessageId));
            if (existing is null && SameMessageKey(message) is { } key && stored.TryGetValue(key, out var earlier) && earlier.MessageId != message.MessageId)
            {
                Track(earlier);
                await RekeyAsync(db, earlier, message, cancellationToken);
                stored[key] = message;
                rows[(message.MailboxId, message.MessageId)] = message;
                if (message.TrackedAt is null)
                {
                    untracked.Add(message.MessageId);
                }
            }
            else if (existing is null)
            {
                added.Add(message);
                rows[(message.MailboxId, message.MessageId)] = message;
                untracked.Add(message.MessageId);
                if (SameMessageKey(message) is { } newKey)
                {
                    stored[newKey] = message;
                }
            }
            else
            {
                Track(existing);
                var kept = existing.TrackedAt;
                var before = Snapshot(existing);
                db.Entry(existing).CurrentValues.SetValues(message);
                KeepKnownFacts(existing, before);
                if (!existing.IsDraft && (existing.Categories != before.Categories || existing.FlagDueAt != before.FlagDueAt))
                {
                    restyled?.Add(existing.ConversationId);
                }

                existing.TrackedAt = kept;
                if (kept is null)
                {
                    untracked.Add(message.MessageId);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await MessageRowInserts.InsertAsync(db, added, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return untracked;
    }

    /// <summary>The stored rows of the given messages, found in one query per 500 rather than one per message.</summary>
    public static async Task<Dictionary<(string MailboxId, string MessageId), MessageEntity>> StoredRowsAsync(
        OutreachDbContext db, IEnumerable<(string MailboxId, string MessageId)> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<(string, string), MessageEntity>();
        foreach (var mailbox in keys.GroupBy(k => k.MailboxId, k => k.MessageId, StringComparer.Ordinal))
        {
            foreach (var chunk in mailbox.Distinct(StringComparer.Ordinal).Chunk(500))
            {
                foreach (var row in await db.Messages.Where(m => m.MailboxId == mailbox.Key && chunk.Contains(m.MessageId)).ToListAsync(cancellationToken))
                {
                    found[(row.MailboxId, row.MessageId)] = row;
                }
            }
        }

        return found;
    }

    // A sent or received message is one message whatever id it comes under: ids change when it moves, and a store
    // made before immutable ids holds the old ones. Drafts are left out: they have no settled identity yet.
    private static (string MailboxId, string InternetMessageId)? SameMessageKey(MessageEntity message) =>
        message is { IsDraft: false, InternetMessageId: { Length: > 0 } internetId } ? (message.MailboxId, internetId) : null;

    /// <summary>
    /// A page's stored rows, found in one statement per 500 messages: those under the page's ids, and those of the same
    /// messages under other ids (<see cref="SameMessageKey"/>). Two queries a page were a tenth of a first sync's work.
    /// </summary>
    private static async Task<(Dictionary<(string MailboxId, string MessageId), MessageEntity> Rows, Dictionary<(string, string), MessageEntity> ByInternetId)> StoredAsync(
        OutreachDbContext db, IReadOnlyCollection<MessageEntity> messages, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<(string, string), MessageEntity>();
        var byInternetId = new Dictionary<(string, string), MessageEntity>();
        foreach (var mailbox in messages.GroupBy(m => m.MailboxId, StringComparer.Ordinal))
        {
            foreach (var chunk in mailbox.Chunk(500))
            {
                var ids = chunk.Select(m => m.MessageId).Distinct(StringComparer.Ordinal).ToArray();
                var internetIds = chunk.Select(SameMessageKey).OfType<(string, string InternetMessageId)>().Select(k => k.InternetMessageId).Distinct(StringComparer.Ordinal).ToArray();
                var found = await db.Messages.Where(m => m.MailboxId == mailbox.Key && ids.Contains(m.MessageId))
                    .Concat(db.Messages.Where(m => m.MailboxId == mailbox.Key && !m.IsDraft && m.InternetMessageId != null && internetIds.Contains(m.InternetMessageId)))
                    .ToListAsync(cancellationToken);
                foreach (var row in found)
                {
                    if (ids.Contains(row.MessageId, StringComparer.Ordinal))
                    {
                        rows[(row.MailboxId, row.MessageId)] = row;
                    }

                    if (SameMessageKey(row) is { } key && internetIds.Contains(key.InternetMessageId, StringComparer.Ordinal))
                    {
                        byInternetId.TryAdd(key, row);
                    }
                }
            }
        }

        return (rows, byInternetId);
    }

    /// <summary>
    /// Keeps one row for the message, under its newest id (the one later changes will name), with its tracking
    /// state, and points its findings and the thread it started at that id.
    /// </summary>
    private static async Task RekeyAsync(OutreachDbContext db, MessageEntity earlier, MessageEntity message, CancellationToken cancellationToken)
    {
        var before = Snapshot(earlier);
        db.Messages.Remove(earlier);
        KeepKnownFacts(message, before);
        message.TrackedAt = earlier.TrackedAt;
        db.Messages.Add(message);
        await db.Findings
            .Where(f => f.MessageId == earlier.MessageId)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.MessageId, message.MessageId), cancellationToken);
        await db.Threads
            .Where(t => t.MailboxId == earlier.MailboxId && t.OutreachMessageId == earlier.MessageId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.OutreachMessageId, message.MessageId).SetProperty(t => t.Revision, t => t.Revision + 1), cancellationToken);
    }

    private static MessageEntity Snapshot(MessageEntity message) => new()
    {
        MailboxId = message.MailboxId,
        MessageId = message.MessageId,
        ConversationId = message.ConversationId,
        InternetMessageId = message.InternetMessageId,
        FromAddress = message.FromAddress,
        ReturnsOn = message.ReturnsOn,
        Recipients = message.Recipients,
        Categories = message.Categories,
        FlagDueAt = message.FlagDueAt,
    };

    // Never a null over data: a message read without a field keeps what the store knew of it.
    private static void KeepKnownFacts(MessageEntity message, MessageEntity before)
    {
        message.InternetMessageId ??= before.InternetMessageId;
        message.FromAddress ??= before.FromAddress;
        message.ReturnsOn ??= before.ReturnsOn;
        message.Recipients ??= before.Recipients;
        message.Categories ??= before.Categories;
    }
}
