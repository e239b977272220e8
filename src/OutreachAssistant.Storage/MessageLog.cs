using Microsoft.EntityFrameworkCore;
using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Storage;

/// <summary>
/// The metadata of every synced message, and which of them the tracker has finished with: written by the sync
/// (whole messages, <see cref="MessageUpserts"/>, or the changes delta reports), read by conversation, sender,
/// recipient and bounce.
/// </summary>
public sealed class MessageLog(IDbContextFactory<OutreachDbContext> contexts)
{
    /// <inheritdoc cref="UpsertAsync(IReadOnlyCollection{MessageRecord}, ISet{string}, CancellationToken)"/>
    public Task<IReadOnlySet<string>> UpsertAsync(IReadOnlyCollection<MessageRecord> messages, CancellationToken cancellationToken) =>
        UpsertAsync(messages, null, cancellationToken);

    /// <summary>
    /// Adds or updates message metadata; returns the ids the tracker has still to see: those not stored before,
    /// and those stored by a run that stopped before it tracked them.
    /// </summary>
    /// <param name="messages">The messages as read.</param>
    /// <param name="restyled">Gets the conversations of known messages (not drafts) whose categories or follow-up flag changed: the user may have steered their thread.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlySet<string>> UpsertAsync(IReadOnlyCollection<MessageRecord> messages, ISet<string>? restyled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);

        // A sync and a woken thread may store the same message at once; the loser reads again and updates.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                return await MessageUpserts.TryUpsertAsync(db, [.. messages.Select(m => m.ToRow())], restyled, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>
    /// Applies changes delta reported by id and changed properties alone: what a change leaves out is kept as
    /// stored. Returns the ids the store does not know (a change is never a new message).
    /// </summary>
    /// <param name="mailboxId">The mailbox.</param>
    /// <param name="changes">The changes delta reported.</param>
    /// <param name="restyled">Gets the conversations of messages (not drafts) whose categories or follow-up flag changed.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyList<string>> MergeChangesAsync(string mailboxId, IReadOnlyCollection<MailMessageChange> changes, ISet<string>? restyled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unknown = new List<string>();
        var rows = await MessageUpserts.StoredRowsAsync(db, changes.Select(c => (mailboxId, c.Id)), cancellationToken);
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

    /// <summary>Marks messages as tracked: everything they cause is stored, so a later sync does not hand them over again.</summary>
    public async Task MarkTrackedAsync(string mailboxId, IReadOnlyCollection<string> messageIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // One commit for all of a first sync's tens of thousands, not one per chunk.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var chunk in messageIds.Chunk(500))
        {
            await db.Messages
                .Where(m => m.MailboxId == mailboxId && chunk.Contains(m.MessageId) && m.TrackedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.TrackedAt, now), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MessageRecord>> GetConversationAsync(string mailboxId, string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Messages.AsNoTracking()
            .Where(m => m.MailboxId == mailboxId && m.ConversationId == conversationId)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(MessageRecord.From)];
    }

    /// <summary>The delivery failures in any of the given conversations.</summary>
    public async Task<IReadOnlyList<MessageRecord>> GetBouncesAsync(string mailboxId, IReadOnlyCollection<string> conversationIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Messages.AsNoTracking()
            .Where(m => m.MailboxId == mailboxId && m.InboundKind == InboundKind.DeliveryFailure && conversationIds.Contains(m.ConversationId))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(MessageRecord.From)];
    }

    public async Task<IReadOnlyList<MessageRecord>> GetFromAsync(string mailboxId, string address, CancellationToken cancellationToken)
    {
        var normalised = address.ToUpperInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Messages.AsNoTracking()
            .Where(m => m.MailboxId == mailboxId && m.FromAddress == normalised)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(MessageRecord.From)];
    }

    /// <summary>The user's own sent mail to one address, in any conversation.</summary>
    public async Task<IReadOnlyList<MessageRecord>> GetToAsync(string mailboxId, string address, CancellationToken cancellationToken)
    {
        var marker = RecipientList.Marker(address);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Messages.AsNoTracking()
            .Where(m => m.MailboxId == mailboxId && m.Direction == ThreadMessageDirection.Outbound && m.Recipients != null && m.Recipients.Contains(marker))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(MessageRecord.From)];
    }
}
