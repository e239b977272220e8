using Microsoft.EntityFrameworkCore;
using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Storage;

/// <summary>Reads and writes the service's state; every call uses a short-lived context, so jobs may run in parallel.</summary>
public sealed class OutreachStore(IDbContextFactory<OutreachDbContext> contexts)
{
    /// <summary>Creates the state file, or brings one of an earlier version up to this one's schema, keeping its rows.</summary>
    /// <exception cref="StateSchemaMismatchException">The file was made by a version this one cannot open; it is left untouched.</exception>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await StateMigrations.MigrateAsync(db, cancellationToken);
    }

    public async Task<string?> GetDeltaLinkAsync(string mailboxId, string folder, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cursor = await db.SyncCursors.FindAsync([mailboxId, folder], cancellationToken);
        return cursor?.DeltaLink;
    }

    /// <summary>When each mailbox's folders last reached their delta link: a folder listed has been read through at least once.</summary>
    public async Task<IReadOnlyList<(string MailboxId, string Folder, DateTimeOffset UpdatedAt)>> ListSyncCursorsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cursors = await db.SyncCursors.AsNoTracking().Select(c => new { c.MailboxId, c.Folder, c.UpdatedAt }).ToListAsync(cancellationToken);
        return [.. cursors.Select(c => (c.MailboxId, c.Folder, c.UpdatedAt))];
    }

    public async Task SaveDeltaLinkAsync(string mailboxId, string folder, string? deltaLink, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cursor = await db.SyncCursors.FindAsync([mailboxId, folder], cancellationToken);
        if (deltaLink is null)
        {
            if (cursor is not null)
            {
                db.SyncCursors.Remove(cursor);
            }
        }
        else if (cursor is null)
        {
            db.SyncCursors.Add(new SyncCursorEntity { MailboxId = mailboxId, Folder = folder, DeltaLink = deltaLink, UpdatedAt = now });
        }
        else
        {
            cursor.DeltaLink = deltaLink;
            cursor.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc cref="UpsertMessagesAsync(IReadOnlyCollection{MessageEntity}, ISet{string}, CancellationToken)"/>
    public Task<IReadOnlySet<string>> UpsertMessagesAsync(IReadOnlyCollection<MessageEntity> messages, CancellationToken cancellationToken) =>
        UpsertMessagesAsync(messages, null, cancellationToken);

    /// <summary>
    /// Adds or updates message metadata; returns the ids the tracker has still to see: those not stored before,
    /// and those stored by a run that stopped before it tracked them.
    /// </summary>
    /// <param name="messages">The messages as read.</param>
    /// <param name="restyled">Gets the conversations of known messages (not drafts) whose categories or follow-up flag changed: the user may have steered their thread.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlySet<string>> UpsertMessagesAsync(IReadOnlyCollection<MessageEntity> messages, ISet<string>? restyled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);

        // A sync and a woken thread may store the same message at once; the loser reads again and updates.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryUpsertMessagesAsync(messages, restyled, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
            }
        }
    }

    private async Task<IReadOnlySet<string>> TryUpsertMessagesAsync(IReadOnlyCollection<MessageEntity> messages, ISet<string>? restyled, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var untracked = new HashSet<string>(StringComparer.Ordinal);
        var stored = await StoredUnderOtherIdsAsync(db, messages, cancellationToken);
        var rows = await StoredRowsAsync(db, messages.Select(m => (m.MailboxId, m.MessageId)), cancellationToken);
        foreach (var message in messages)
        {
            var existing = rows.GetValueOrDefault((message.MailboxId, message.MessageId));
            if (existing is null && SameMessageKey(message) is { } key && stored.TryGetValue(key, out var earlier) && earlier.MessageId != message.MessageId)
            {
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
                db.Messages.Add(message);
                rows[(message.MailboxId, message.MessageId)] = message;
                untracked.Add(message.MessageId);
                if (SameMessageKey(message) is { } newKey)
                {
                    stored[newKey] = message;
                }
            }
            else
            {
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
        await transaction.CommitAsync(cancellationToken);
        return untracked;
    }

    /// <summary>
    /// Applies changes delta reported by id and changed properties alone: what a change leaves out is kept as
    /// stored. Returns the ids the store does not know (a change is never a new message).
    /// </summary>
    /// <param name="mailboxId">The mailbox.</param>
    /// <param name="changes">The changes delta reported.</param>
    /// <param name="restyled">Gets the conversations of messages (not drafts) whose categories or follow-up flag changed.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyList<string>> MergeMessageChangesAsync(string mailboxId, IReadOnlyCollection<MailMessageChange> changes, ISet<string>? restyled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unknown = new List<string>();
        var rows = await StoredRowsAsync(db, changes.Select(c => (mailboxId, c.Id)), cancellationToken);
        foreach (var change in changes)
        {
            if (rows.GetValueOrDefault((mailboxId, change.Id)) is not { } existing)
            {
                unknown.Add(change.Id);
                continue;
            }

            existing.Folder = change.Folder ?? existing.Folder;
            existing.IsDraft = change.IsDraft ?? existing.IsDraft;
            var (categories, flag) = (existing.Categories, existing.FlagDueAt);
            existing.Categories = change.Categories is { } named ? CategoryList.Of(named) : existing.Categories;
            existing.FlagDueAt = change.FlagChanged ? change.FlagDueAt : existing.FlagDueAt;
            if (!existing.IsDraft && (existing.Categories != categories || existing.FlagDueAt != flag))
            {
                restyled?.Add(existing.ConversationId);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return unknown;
    }

    // A sent or received message is one message whatever id it comes under: ids change when it moves, and a store
    // made before immutable ids holds the old ones. Drafts are left out: they have no settled identity yet.
    private static (string MailboxId, string InternetMessageId)? SameMessageKey(MessageEntity message) =>
        message is { IsDraft: false, InternetMessageId: { Length: > 0 } internetId } ? (message.MailboxId, internetId) : null;

    /// <summary>The stored rows of the given messages, found in one query per 500 rather than one per message.</summary>
    private static async Task<Dictionary<(string MailboxId, string MessageId), MessageEntity>> StoredRowsAsync(
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

    /// <summary>The stored messages the given ones are under another id, found in one query per 500.</summary>
    private static async Task<Dictionary<(string, string), MessageEntity>> StoredUnderOtherIdsAsync(
        OutreachDbContext db, IReadOnlyCollection<MessageEntity> messages, CancellationToken cancellationToken)
    {
        var found = new Dictionary<(string, string), MessageEntity>();
        foreach (var mailbox in messages.GroupBy(m => m.MailboxId, StringComparer.Ordinal))
        {
            var internetIds = mailbox.Select(SameMessageKey).OfType<(string, string InternetMessageId)>().Select(k => k.InternetMessageId).Distinct(StringComparer.Ordinal);
            foreach (var chunk in internetIds.Chunk(500))
            {
                var rows = await db.Messages
                    .Where(m => m.MailboxId == mailbox.Key && !m.IsDraft && m.InternetMessageId != null && chunk.Contains(m.InternetMessageId))
                    .ToListAsync(cancellationToken);
                foreach (var row in rows)
                {
                    found.TryAdd((row.MailboxId, row.InternetMessageId!), row);
                }
            }
        }

        return found;
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

    /// <summary>Marks messages as tracked: everything they cause is stored, so a later sync does not hand them over again.</summary>
    public async Task MarkTrackedAsync(string mailboxId, IReadOnlyCollection<string> messageIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in messageIds.Chunk(500))
        {
            await db.Messages
                .Where(m => m.MailboxId == mailboxId && chunk.Contains(m.MessageId) && m.TrackedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.TrackedAt, now), cancellationToken);
        }
    }

    public async Task<IReadOnlyList<MessageEntity>> GetConversationAsync(string mailboxId, string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Messages.AsNoTracking()
            .Where(m => m.MailboxId == mailboxId && m.ConversationId == conversationId)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The delivery failures in any of the given conversations.</summary>
    public async Task<IReadOnlyList<MessageEntity>> GetBouncesAsync(string mailboxId, IReadOnlyCollection<string> conversationIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Messages.AsNoTracking()
            .Where(m => m.MailboxId == mailboxId && m.InboundKind == InboundKind.DeliveryFailure && conversationIds.Contains(m.ConversationId))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MessageEntity>> GetMessagesFromAsync(string mailboxId, string address, CancellationToken cancellationToken)
    {
        var normalised = address.ToUpperInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Messages.AsNoTracking()
            .Where(m => m.MailboxId == mailboxId && m.FromAddress == normalised)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The user's own sent mail to one address, in any conversation.</summary>
    public async Task<IReadOnlyList<MessageEntity>> GetMessagesToAsync(string mailboxId, string address, CancellationToken cancellationToken)
    {
        var marker = RecipientList.Marker(address);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Messages.AsNoTracking()
            .Where(m => m.MailboxId == mailboxId && m.Direction == ThreadMessageDirection.Outbound && m.Recipients != null && m.Recipients.Contains(marker))
            .ToListAsync(cancellationToken);
    }

    public async Task<ThreadEntity?> GetThreadAsync(string threadId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Threads.AsNoTracking().Include(t => t.Drafts).SingleOrDefaultAsync(t => t.Id == threadId, cancellationToken);
    }

    public async Task<ThreadEntity?> FindThreadAsync(string mailboxId, string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Threads.AsNoTracking().Include(t => t.Drafts)
            .SingleOrDefaultAsync(t => t.MailboxId == mailboxId && t.ConversationId == conversationId, cancellationToken);
    }

    public async Task<IReadOnlyList<ThreadEntity>> ListThreadsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var threads = await db.Threads.AsNoTracking().Include(t => t.Drafts).ToListAsync(cancellationToken);
        return [.. threads.OrderBy(t => t.MailboxId, StringComparer.Ordinal).ThenBy(t => t.OutreachSentAt)];
    }

    /// <summary>
    /// Threads of a mailbox that a new message could still change, for re-planning after a sync: the open
    /// ones, and answered ones waiting for a keep-in-touch update.
    /// </summary>
    public async Task<IReadOnlyList<ThreadEntity>> ListActiveThreadsAsync(string mailboxId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Threads.AsNoTracking().Include(t => t.Drafts)
            .Where(t => t.MailboxId == mailboxId && (OutreachThreadStates.Open.Contains(t.State) || t.WakeUpAt != null))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every thread of a mailbox with one contact, whatever its state, oldest outreach first.</summary>
    public async Task<IReadOnlyList<ThreadEntity>> ListThreadsOfContactAsync(string mailboxId, string address, CancellationToken cancellationToken)
    {
        var key = OutreachDbContext.ContactKeyOf(address);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var threads = await db.Threads.AsNoTracking().Include(t => t.Drafts)
            .Where(t => t.MailboxId == mailboxId && EF.Property<string>(t, OutreachDbContext.ContactKey) == key)
            .ToListAsync(cancellationToken);
        return [.. threads.OrderBy(t => t.OutreachSentAt)];
    }

    /// <summary>When the mailbox's keep-in-touch drafts made since <paramref name="since"/> were made.</summary>
    public async Task<IReadOnlyList<(DraftPurpose Purpose, DateTimeOffset CreatedAt)>> ListDraftTimesAsync(string mailboxId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var made = await db.Threads.AsNoTracking()
            .Where(t => t.MailboxId == mailboxId)
            .SelectMany(t => t.Drafts)
            .Where(d => d.CreatedAt > since)
            .Select(d => new { d.Purpose, d.CreatedAt })
            .ToListAsync(cancellationToken);
        return [.. made.Select(d => (d.Purpose, d.CreatedAt))];
    }

    /// <summary>Records how the contact signs on every thread with them; returns how many threads that was.</summary>
    public async Task<int> SetContactSignedNameAsync(string mailboxId, string address, string signedName, CancellationToken cancellationToken)
    {
        var key = OutreachDbContext.ContactKeyOf(address);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Threads
            .Where(t => t.MailboxId == mailboxId && EF.Property<string>(t, OutreachDbContext.ContactKey) == key)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ContactSignedName, signedName), cancellationToken);
    }

    /// <summary>Threads whose wake-up has come: due for a draft, or for a plan that time alone has changed.</summary>
    public async Task<IReadOnlyList<ThreadEntity>> ListThreadsDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Threads.AsNoTracking()
            .Where(t => t.WakeUpAt != null && t.WakeUpAt <= now)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Adds the thread, or saves over it if no one else has since it was read.</summary>
    /// <exception cref="StaleThreadException">Another writer saved the thread after this copy was read; nothing was written.</exception>
    public async Task SaveThreadAsync(ThreadEntity thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var exists = await db.Threads.AnyAsync(t => t.Id == thread.Id, cancellationToken);
        ThreadRows.Attach(db, thread, exists);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new StaleThreadException($"Thread {thread.Id} was saved by another writer after revision {thread.Revision} was read.", ex);
        }

        if (exists)
        {
            thread.Revision++;
        }
    }

    public async Task MarkDraftStaleAsync(string draftKey, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Drafts.FindAsync([draftKey], cancellationToken) is { } draft)
        {
            draft.StaleMarkedAt = at;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task SetMailboxStateAsync(string mailboxId, string status, string detail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await db.MailboxStates.FindAsync([mailboxId], cancellationToken);
        if (state is null)
        {
            db.MailboxStates.Add(new MailboxStateEntity { MailboxId = mailboxId, Status = status, Detail = detail, UpdatedAt = now });
        }
        else
        {
            (state.Status, state.Detail, state.UpdatedAt) = (status, detail, now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MailboxStateEntity>> ListMailboxStatesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.MailboxStates.AsNoTracking().OrderBy(m => m.MailboxId).ToListAsync(cancellationToken);
    }

    /// <summary>Replaces the findings of one message, so a message checked again is not counted twice.</summary>
    public async Task SaveFindingsAsync(string messageId, IReadOnlyCollection<FindingEntity> findings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(findings);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Findings.RemoveRange(db.Findings.Where(f => f.MessageId == messageId));
        db.Findings.AddRange(findings);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FindingEntity>> ListFindingsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Findings.AsNoTracking().OrderBy(f => f.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Remembers messages a sync left out and why; the same message skipped again is counted once. A message
    /// with no id is kept as one row per folder and reason.
    /// </summary>
    public async Task RecordSkippedAsync(string mailboxId, string folder, IReadOnlyCollection<(string? MessageId, string Reason)> skipped, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(skipped);
        if (skipped.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var (messageId, reason) in skipped.DistinctBy(s => s.MessageId ?? $"(no id):{folder}:{s.Reason}"))
        {
            var id = messageId ?? $"(no id):{folder}:{reason}";
            var row = await db.SkippedMessages.FindAsync([mailboxId, id], cancellationToken);
            if (row is null)
            {
                db.SkippedMessages.Add(new SkippedMessageEntity { MailboxId = mailboxId, MessageId = id, Folder = folder, Reason = reason, At = now });
            }
            else
            {
                (row.Reason, row.At) = (reason, now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>How many messages each mailbox's syncs left out, by reason.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>> CountSkippedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.SkippedMessages.AsNoTracking()
            .GroupBy(s => new { s.MailboxId, s.Reason })
            .Select(g => new { g.Key.MailboxId, g.Key.Reason, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.GroupBy(c => c.MailboxId, StringComparer.OrdinalIgnoreCase).ToDictionary(
            g => g.Key,
            g => (IReadOnlyDictionary<string, int>)g.OrderByDescending(c => c.Count).ThenBy(c => c.Reason, StringComparer.Ordinal).ToDictionary(c => c.Reason, c => c.Count, StringComparer.Ordinal),
            StringComparer.OrdinalIgnoreCase);
    }
}
