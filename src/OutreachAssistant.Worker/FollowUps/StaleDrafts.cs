using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutreachAssistant.Core.Drafting;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Graph;
using OutreachAssistant.Storage;

namespace OutreachAssistant.Worker.FollowUps;

/// <summary>
/// When the contact answers while a draft of ours is still unsent, the user writes to them themselves, or the
/// user stops the thread, the draft is marked with a category (or deleted, if so configured), so the user never sends a follow-up
/// to someone who answered, an update that ignores what they just wrote, nor a second message on the heels
/// of their own. Drafts the user sent or deleted are left alone. A dry run's mailbox is read-only: the draft is
/// set aside on the record alone (a scratch copy), and the mailbox is not asked.
/// </summary>
public sealed partial class StaleDrafts(IDraftLedger ledger, IOptions<DraftingOptions> options, IOptions<FollowUpOptions> followUps, ILogger<StaleDrafts> logger)
{
    public async Task MarkAsync(GraphMailbox mailbox, string threadId, IReadOnlyList<ThreadDraft> stale, StaleCause cause, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(stale);
        var category = cause switch
        {
            StaleCause.ReplyReceived => options.Value.StaleCategory,
            StaleCause.UserWroteSince => options.Value.SupersededCategory,

            // A draft of a stopped thread wears the stop category itself: the user said so.
            _ => followUps.Value.StopCategory,
        };
        foreach (var draft in stale.Where(d => !d.IsSetAside))
        {
            if (!mailbox.IsReadOnly)
            {
                await MarkUnsentCopiesAsync(mailbox, threadId, draft, cause, category, cancellationToken);
            }

            await ledger.MarkStaleAsync(draft.Key, now, cancellationToken);
        }
    }

    private async Task MarkUnsentCopiesAsync(GraphMailbox mailbox, string threadId, ThreadDraft draft, StaleCause cause, string category, CancellationToken cancellationToken)
    {
        var unsent = (await mailbox.FindDraftStatesAsync(draft.Key, cancellationToken))
            .Where(d => d.IsDraft && d.Folder != MailFolderKind.DeletedItems);
        foreach (var copy in unsent)
        {
            if (options.Value.DeleteStaleDrafts)
            {
                await mailbox.DeleteAsync(copy.MessageId, cancellationToken);
            }
            else if (!copy.Categories.Contains(category, StringComparer.OrdinalIgnoreCase))
            {
                await mailbox.SetCategoriesAsync(copy.MessageId, [.. copy.Categories, category], cancellationToken);
            }

            LogStale(logger, threadId, draft.Purpose, draft.Sequence, options.Value.DeleteStaleDrafts ? "deleted" : "marked", cause);
        }
    }

    [LoggerMessage(EventId = 506, Level = LogLevel.Information, Message = "Thread {ThreadId}'s unsent {Purpose} draft {Sequence} was {Action} ({Cause})")]
    private static partial void LogStale(ILogger logger, string threadId, DraftPurpose purpose, int sequence, string action, StaleCause cause);
}
