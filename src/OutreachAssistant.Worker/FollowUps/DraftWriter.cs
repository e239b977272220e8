using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutreachAssistant.Core.Drafting;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Graph;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Locking;
using OutreachAssistant.Worker.Telemetry;

namespace OutreachAssistant.Worker.FollowUps;

/// <summary>
/// Makes a draft (a thread's n-th follow-up, or a contact's n-th keep-in-touch update) exactly once. The key is
/// looked up in our ledger, then claimed there (atomically: of two processes, one holds it), then looked up in
/// the mailbox (a crash may have left the draft made but not recorded), and only then is a draft created; its
/// id goes on the claim before it is written, so a crash before the write (which sets our key) finds it again.
/// Each later step (the move, the record) is safe to repeat; the record ends the claim.
/// </summary>
public sealed partial class DraftWriter(
    IDraftLedger ledger,
    FollowUpDraftComposer composer,
    HostInstance host,
    DataFolderLock folder,
    StorageDatabase database,
    IOptions<DraftingOptions> options,
    TimeProvider clock,
    ILogger<DraftWriter> logger)
{
    /// <summary>
    /// A claim older than this, held by another host, is taken for one left by a crash. Making a draft takes
    /// seconds; a live writer never holds a claim this long.
    /// </summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    /// <summary>How far the mailbox's clock may be behind ours when a draft's creation time is compared with a claim's.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private int recorded;

    /// <summary>The drafts this host put on record: made, or found left unrecorded by a run that died (what <c>Done: N</c> counts).</summary>
    public int Recorded => Volatile.Read(ref recorded);

    /// <returns>The draft recorded under the slot's key, and whether this call recorded it; null when another writer is making it right now.</returns>
    public async Task<WrittenDraft?> EnsureDraftAsync(GraphMailbox mailbox, ThreadRecord thread, DraftOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(order);
        var slot = order.Slot;
        if (await ledger.FindAsync(slot.Key, cancellationToken) is { } recorded)
        {
            return new WrittenDraft(recorded, IsNew: false);
        }

        var claimed = await ClaimAsync(thread, slot, cancellationToken);
        switch (claimed.Outcome)
        {
            case DraftClaimOutcome.AlreadyRecorded:
                return await ledger.FindAsync(slot.Key, cancellationToken) is { } made ? new WrittenDraft(made, IsNew: false) : null;
            case DraftClaimOutcome.HeldByAnother:
                LogHeldByAnother(logger, slot.Purpose, slot.Sequence, thread.Id);
                return null;
        }

        // Should this fail, the claim stays, with the draft's id once createReply made it: the next attempt
        // (this host's, or the next run's) finds that draft instead of making another.
        var reply = Reply(mailbox, thread, order);
        if (await FindMadeAsync(mailbox, thread, slot.Key, claimed, cancellationToken) is { } found)
        {
            return await FinishFoundAsync(mailbox, thread, slot, found, reply, cancellationToken);
        }

        var location = await mailbox.CreateReplyDraftAsync(reply, id => ledger.NoteMadeAsync(slot.Key, host.Id, id, cancellationToken), cancellationToken);
        LogCreated(logger, slot.Purpose, slot.Sequence, thread.Id);
        OutreachMetrics.DraftCreated(thread.MailboxId, slot.Purpose == DraftPurpose.KeepInTouch ? ThreadIds.KeepInTouchSegment : ThreadIds.FollowUpSegment);
        return await FinishAsync(mailbox, thread, slot, location, cancellationToken);
    }

    /// <summary>
    /// Settles a claim that a stopped process left on one of the thread's keys: the draft it made is found (by our
    /// key, by the id it noted, or as the conversation's unwritten draft made since it claimed), written, moved and
    /// recorded; a key with no draft in the mailbox is let go, for the planner to fill when it is due. Either way the
    /// ledger counts what the mailbox holds, whether or not the thread is due again.
    /// </summary>
    /// <returns>The draft it recorded, or null when there was none to record (or a live writer holds the key).</returns>
    public async Task<WrittenDraft?> SettleLeftClaimAsync(GraphMailbox mailbox, ThreadRecord thread, DraftSlot slot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(slot);
        var claimed = await ClaimAsync(thread, slot, cancellationToken);
        if (claimed.Outcome is DraftClaimOutcome.AlreadyRecorded or DraftClaimOutcome.HeldByAnother)
        {
            return null;
        }

        if (await FindMadeAsync(mailbox, thread, slot.Key, claimed, cancellationToken) is not { } found)
        {
            await ledger.ReleaseAsync(slot.Key, host.Id, cancellationToken);
            LogReleased(logger, slot.Purpose, slot.Sequence, thread.Id);
            return null;
        }

        var contact = new EmailAddress(thread.ContactAddress, thread.ContactName);
        return await FinishFoundAsync(mailbox, thread, slot, found, Reply(mailbox, thread, new DraftOrder(slot, thread.OutreachMessageId, [contact])), cancellationToken);
    }

    /// <summary>
    /// Claims the key. On SQLite, holding the data folder, this host is the only live writer, so any other holder has
    /// died. On PostgreSQL other nodes write beside it: a claim is taken over only when the database says its holder's
    /// session has ended (<see cref="DraftClaimHolders"/>), never for its age.
    /// </summary>
    private async Task<DraftClaimResult> ClaimAsync(ThreadRecord thread, DraftSlot slot, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var takeOverBefore = database.IsPostgreSql ? DateTimeOffset.MinValue : folder.IsHeld ? DateTimeOffset.MaxValue : now - ClaimLease;
        var claim = new DraftClaim { DraftKey = slot.Key, ThreadId = thread.Id, Holder = host.Id, ClaimedAt = now };
        var claimed = await ledger.ClaimAsync(claim, takeOverBefore, cancellationToken);
        if (claimed.Outcome == DraftClaimOutcome.TakenOver)
        {
            LogTakenOver(logger, slot.Purpose, slot.Sequence, thread.Id);
        }

        return claimed;
    }

    /// <summary>The draft already in the mailbox under the key (a draft before a sent copy), or one an earlier attempt made but never wrote.</summary>
    private static async Task<DraftState?> FindMadeAsync(GraphMailbox mailbox, ThreadRecord thread, string key, DraftClaimResult claimed, CancellationToken cancellationToken) =>
        (await mailbox.FindDraftStatesAsync(key, cancellationToken)).OrderByDescending(d => d.IsDraft).FirstOrDefault()
            ?? await MadeBeforeAsync(mailbox, thread, claimed, cancellationToken);

    private async Task<WrittenDraft> FinishFoundAsync(
        GraphMailbox mailbox, ThreadRecord thread, DraftSlot slot, DraftState found, NewReplyDraft reply, CancellationToken cancellationToken)
    {
        // A crash between creating and writing leaves a draft without our category (and perhaps our key): it is written now.
        if (found.IsDraft && !found.Categories.Contains(reply.Category, StringComparer.OrdinalIgnoreCase))
        {
            await mailbox.WriteReplyDraftAsync(found.MessageId, reply, cancellationToken);
        }

        LogFound(logger, slot.Purpose, slot.Sequence, thread.Id);
        return await FinishAsync(mailbox, thread, slot, new DraftLocation(found.MessageId, found.Folder), cancellationToken);
    }

    /// <summary>The steps after the draft exists, each safe to repeat: the move, then the record, which ends the claim.</summary>
    private async Task<WrittenDraft> FinishAsync(GraphMailbox mailbox, ThreadRecord thread, DraftSlot slot, DraftLocation location, CancellationToken cancellationToken)
    {
        if (options.Value.Destination == DraftDestination.Inbox && location.Folder == MailFolderKind.Drafts)
        {
            location = await mailbox.MoveAsync(location.MessageId, "inbox", cancellationToken);
        }

        var draft = new DraftRecord
        {
            DraftKey = slot.Key,
            ThreadId = thread.Id,
            Purpose = slot.Purpose,
            Sequence = slot.Sequence,
            MessageId = location.MessageId,
            CreatedAt = clock.GetUtcNow(),
        };
        await ledger.RecordAsync(draft, cancellationToken);
        Interlocked.Increment(ref recorded);
        return new WrittenDraft(draft, IsNew: true);
    }

    private NewReplyDraft Reply(GraphMailbox mailbox, ThreadRecord thread, DraftOrder order)
    {
        var purpose = order.Slot.Purpose;
        var category = purpose == DraftPurpose.KeepInTouch ? options.Value.KeepInTouchCategory : options.Value.Category;
        return new NewReplyDraft(order.ReplyToMessageId, order.To, Compose(mailbox, thread, purpose).BodyText, order.Slot.Key, category);
    }

    /// <summary>
    /// The draft an earlier attempt made under this key but never wrote: by the id it noted on its claim, or,
    /// when it stopped between <c>createReply</c> and noting the id, the conversation's unwritten reply draft
    /// made since it claimed the key (clocks may differ by a few minutes).
    /// </summary>
    private static async Task<DraftState?> MadeBeforeAsync(GraphMailbox mailbox, ThreadRecord thread, DraftClaimResult claimed, CancellationToken cancellationToken) =>
        claimed switch
        {
            { MadeMessageId: { } made } => await mailbox.GetDraftStateAsync(made, cancellationToken),
            { ClaimedBefore: { } since } => await mailbox.FindUnwrittenDraftsAsync(thread.ConversationId, since - ClockSkew, cancellationToken) is [var oldest, ..] ? oldest : null,
            _ => null,
        };

    private FollowUpDraft Compose(GraphMailbox mailbox, ThreadRecord thread, DraftPurpose purpose) => composer.Compose(new FollowUpDraftRequest(
        new EmailAddress(thread.ContactAddress, thread.ContactName),
        thread.Subject,
        thread.OutreachSentAt,
        thread.Kind,
        MailboxTimeZone.Resolve(mailbox.Profile.TimeZone),
        thread.ContactSignedName,
        purpose));

    [LoggerMessage(EventId = 500, Level = LogLevel.Information, Message = "Created {Purpose} draft {Sequence} for thread {ThreadId}")]
    private static partial void LogCreated(ILogger logger, DraftPurpose purpose, int sequence, string threadId);

    [LoggerMessage(EventId = 502, Level = LogLevel.Information, Message = "{Purpose} draft {Sequence} of thread {ThreadId} is being made by another process; leaving it to that one")]
    private static partial void LogHeldByAnother(ILogger logger, DraftPurpose purpose, int sequence, string threadId);

    [LoggerMessage(EventId = 503, Level = LogLevel.Information, Message = "{Purpose} draft {Sequence} of thread {ThreadId} was claimed by a process that stopped; looking for it in the mailbox before making it")]
    private static partial void LogTakenOver(ILogger logger, DraftPurpose purpose, int sequence, string threadId);

    [LoggerMessage(EventId = 504, Level = LogLevel.Information, Message = "{Purpose} draft {Sequence} of thread {ThreadId} was claimed by a process that stopped before making it; the claim is let go")]
    private static partial void LogReleased(ILogger logger, DraftPurpose purpose, int sequence, string threadId);

    [LoggerMessage(EventId = 501, Level = LogLevel.Information, Message = "Found {Purpose} draft {Sequence} of thread {ThreadId} already in the mailbox; recording it instead of making another")]
    private static partial void LogFound(ILogger logger, DraftPurpose purpose, int sequence, string threadId);
}
