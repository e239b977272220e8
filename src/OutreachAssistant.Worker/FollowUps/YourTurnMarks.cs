using Microsoft.Extensions.Logging;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Graph;

namespace OutreachAssistant.Worker.FollowUps;

/// <summary>
/// Puts the categories a plan asks for on the thread's messages, or takes them off, keeping the message's other
/// categories: an answer waiting for the user wears "your turn" until they reply. A message gone from the mailbox
/// is left alone; a dry run's mailbox is read-only and is not asked.
/// </summary>
public sealed partial class YourTurnMarks(ILogger<YourTurnMarks> logger)
{
    public async Task ApplyAsync(GraphMailbox mailbox, string threadId, IReadOnlyList<CategoryChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(changes);
        if (mailbox.IsReadOnly)
        {
            return;
        }

        foreach (var change in changes)
        {
            if (await mailbox.GetDraftStateAsync(change.MessageId, cancellationToken) is not { } message)
            {
                continue;
            }

            var wears = message.Categories.Contains(change.Category, StringComparer.OrdinalIgnoreCase);
            if (wears != change.Add)
            {
                var categories = change.Add
                    ? [.. message.Categories, change.Category]
                    : message.Categories.Where(c => !string.Equals(c, change.Category, StringComparison.OrdinalIgnoreCase)).ToList();
                await mailbox.SetCategoriesAsync(message.MessageId, categories, cancellationToken);
                LogMarked(logger, threadId, change.Add ? "put on" : "taken off");
            }
        }
    }

    [LoggerMessage(EventId = 520, Level = LogLevel.Information, Message = "Thread {ThreadId}: the your-turn category was {Action} its answer")]
    private static partial void LogMarked(ILogger logger, string threadId, string action);
}
