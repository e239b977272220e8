using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutreachAssistant.Core.Drafting;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Graph;
using OutreachAssistant.Storage;
using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Worker.FollowUps;

/// <summary>
/// Makes a draft (a thread's n-th follow-up, or a contact's n-th keep-in-touch update) exactly once. The key is looked up in our ledger, then in the
/// mailbox (a crash may have left the draft made but not recorded), and only then is a draft created, with
/// the key stamped on it in the same request. Each later step (the move, the record) is safe to repeat.
/// </summary>
public sealed partial class DraftWriter(
    IDraftLedger ledger,
    FollowUpDraftComposer composer,
    IOptions<DraftingOptions> options,
    TimeProvider clock,
    ILogger<DraftWriter> logger)
{
    public async Task<DraftEntity> EnsureDraftAsync(GraphMailbox mailbox, ThreadEntity thread, DraftSlot slot, string replyToMessageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(slot);
        var (purpose, sequence, key) = slot;
        if (await ledger.FindAsync(key, cancellationToken) is { } recorded)
        {
            return recorded;
        }

        var category = purpose == DraftPurpose.KeepInTouch ? options.Value.KeepInTouchCategory : options.Value.Category;
        var found = (await mailbox.FindDraftStatesAsync(key, cancellationToken)).OrderByDescending(d => d.IsDraft).FirstOrDefault();
        DraftLocation location;
        if (found is null)
        {
            location = await mailbox.CreateReplyDraftAsync(new NewReplyDraft(replyToMessageId, Compose(mailbox, thread, purpose).BodyText, key, category, new EmailAddress(thread.ContactAddress, thread.ContactName)), cancellationToken);
            LogCreated(logger, purpose, sequence, thread.Id);
        }
        else
        {
            // A crash between creating and writing leaves a draft without our category: it is written now.
            if (found.IsDraft && !found.Categories.Contains(category, StringComparer.OrdinalIgnoreCase))
            {
                await mailbox.WriteReplyDraftAsync(found.MessageId, new NewReplyDraft(replyToMessageId, Compose(mailbox, thread, purpose).BodyText, key, category, new EmailAddress(thread.ContactAddress, thread.ContactName)), cancellationToken);
            }

            location = new DraftLocation(found.MessageId, found.Folder);
            LogFound(logger, purpose, sequence, thread.Id);
        }

        if (options.Value.Destination == DraftDestination.Inbox && location.Folder == MailFolderKind.Drafts)
        {
            location = await mailbox.MoveAsync(location.MessageId, "inbox", cancellationToken);
        }

        var draft = new DraftEntity
        {
            DraftKey = key,
            ThreadId = thread.Id,
            Purpose = purpose,
            Sequence = sequence,
            MessageId = location.MessageId,
            CreatedAt = clock.GetUtcNow(),
        };
        await ledger.RecordAsync(draft, cancellationToken);
        return draft;
    }

    private FollowUpDraft Compose(GraphMailbox mailbox, ThreadEntity thread, DraftPurpose purpose) => composer.Compose(new FollowUpDraftRequest(
        new EmailAddress(thread.ContactAddress, thread.ContactName),
        thread.Subject,
        thread.OutreachSentAt,
        thread.Kind,
        MailboxTimeZone.Resolve(mailbox.Profile.TimeZone),
        thread.ContactSignedName,
        purpose));

    [LoggerMessage(EventId = 500, Level = LogLevel.Information, Message = "Created {Purpose} draft {Sequence} for thread {ThreadId}")]
    private static partial void LogCreated(ILogger logger, DraftPurpose purpose, int sequence, string threadId);

    [LoggerMessage(EventId = 501, Level = LogLevel.Information, Message = "Found {Purpose} draft {Sequence} of thread {ThreadId} already in the mailbox; recording it instead of making another")]
    private static partial void LogFound(ILogger logger, DraftPurpose purpose, int sequence, string threadId);
}
