using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutreachAssistant.Core.Drafting;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Graph;
using OutreachAssistant.Storage;
using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Worker.FollowUps;

/// <summary>
/// When the contact answers while a follow-up draft of ours is still unsent, the draft is marked with a
/// category (or deleted, if so configured), so the user never sends a follow-up to someone who answered.
/// Drafts the user sent or deleted are left alone.
/// </summary>
public sealed partial class StaleDrafts(OutreachStore store, IOptions<DraftingOptions> options, ILogger<StaleDrafts> logger)
{
    public async Task MarkAsync(GraphMailbox mailbox, ThreadEntity thread, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(thread);
        foreach (var draft in thread.Drafts.Where(d => d.StaleMarkedAt is null))
        {
            var unsent = (await mailbox.FindDraftStatesAsync(draft.DraftKey, cancellationToken))
                .Where(d => d.IsDraft && d.Folder != MailFolderKind.DeletedItems);
            foreach (var copy in unsent)
            {
                if (options.Value.DeleteStaleDrafts)
                {
                    await mailbox.DeleteAsync(copy.MessageId, cancellationToken);
                }
                else if (!copy.Categories.Contains(options.Value.StaleCategory, StringComparer.OrdinalIgnoreCase))
                {
                    await mailbox.SetCategoriesAsync(copy.MessageId, [.. copy.Categories, options.Value.StaleCategory], cancellationToken);
                }

                LogStale(logger, thread.Id, draft.Sequence, options.Value.DeleteStaleDrafts ? "deleted" : "marked");
            }

            await store.MarkDraftStaleAsync(draft.DraftKey, now, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 502, Level = LogLevel.Information, Message = "A reply came for thread {ThreadId}; its unsent follow-up draft {Sequence} was {Action}")]
    private static partial void LogStale(ILogger logger, string threadId, int sequence, string action);
}
