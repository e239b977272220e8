using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Storage;
using OutreachAssistant.Storage.Entities;
using OutreachAssistant.Worker.Sync;

namespace OutreachAssistant.Worker.Tracking;

/// <summary>
/// Turns newly synced messages into outreach threads and re-plans every thread a new message could change.
/// </summary>
public sealed partial class OutreachTracker(
    OutreachStore store,
    ThreadPlanning planning,
    IOptions<OutreachDetectionOptions> detection,
    ILogger<OutreachTracker> logger)
{
    public async Task TrackAsync(string mailboxId, MailboxOwner owner, IReadOnlyList<MailMessage> newMessages, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newMessages);
        var classifier = new OutreachClassifier(detection.Value, owner);
        var sent = newMessages.Where(m => !m.IsDraft && owner.Owns(m.From)).OrderBy(m => m.At);
        foreach (var message in sent)
        {
            if (await store.FindThreadAsync(mailboxId, message.ConversationId, cancellationToken) is not null)
            {
                continue;
            }

            var conversation = await store.GetConversationAsync(mailboxId, message.ConversationId, cancellationToken);
            var verdict = classifier.Classify(message, conversation.Select(MessageRecords.ToMessage));
            var contact = classifier.ContactOf(message);
            if (!verdict.IsOutreach || contact is null)
            {
                LogNotOutreach(logger, message.Id, verdict.Reasons);
                continue;
            }

            var thread = new ThreadEntity
            {
                Id = ThreadIds.For(mailboxId, message.ConversationId),
                MailboxId = mailboxId,
                ConversationId = message.ConversationId,
                OutreachMessageId = message.Id,
                ContactAddress = contact.Address,
                ContactName = contact.Name,
                Subject = message.Subject,
                Kind = OutreachKindClassifier.Classify(message.Subject, message.BodyText),
                DetectionReasons = string.Join("; ", verdict.Reasons),
                OutreachSentAt = message.At,
                UpdatedAt = now,
            };
            await store.SaveThreadAsync(thread, cancellationToken);
            LogTracked(logger, thread.Id, thread.Kind);
        }

        foreach (var thread in await store.ListActiveThreadsAsync(mailboxId, cancellationToken))
        {
            await planning.ReplanAsync(thread, now, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Tracking outreach thread {ThreadId} ({Kind})")]
    private static partial void LogTracked(ILogger logger, string threadId, OutreachKind kind);

    [LoggerMessage(EventId = 201, Level = LogLevel.Debug, Message = "Sent message {MessageId} is not outreach: {Reasons}")]
    private static partial void LogNotOutreach(ILogger logger, string messageId, IReadOnlyList<string> reasons);
}
