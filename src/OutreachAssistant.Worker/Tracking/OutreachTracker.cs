using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Core.Text;
using OutreachAssistant.Graph;
using OutreachAssistant.Storage;
using OutreachAssistant.Storage.Entities;
using OutreachAssistant.Worker.Findings;
using OutreachAssistant.Worker.Sync;

namespace OutreachAssistant.Worker.Tracking;

/// <summary>
/// Turns newly synced messages into outreach threads, checks each outreach message the user sent against
/// the etiquette rules, and re-plans every thread a new message could change.
/// </summary>
public sealed partial class OutreachTracker(
    OutreachStore store,
    ThreadPlanning planning,
    SentMessageReview review,
    IOptions<OutreachDetectionOptions> detection,
    ILogger<OutreachTracker> logger)
{
    public async Task TrackAsync(string mailboxId, GraphMailbox mailbox, IReadOnlyList<MailMessage> newMessages, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(newMessages);
        var owner = mailbox.Profile.Owner;
        var classifier = new OutreachClassifier(detection.Value, owner);
        var sent = newMessages.Where(m => !m.IsDraft && owner.Owns(m.From)).OrderBy(m => m.At).ToList();
        var ownTexts = sent.ToDictionary(m => m.Id, m => OwnTextExtractor.Extract(m.BodyText ?? string.Empty).Text, StringComparer.Ordinal);
        foreach (var message in sent)
        {
            var conversation = await store.GetConversationAsync(mailboxId, message.ConversationId, cancellationToken);
            var thread = await store.FindThreadAsync(mailboxId, message.ConversationId, cancellationToken);
            if (thread is null)
            {
                var verdict = classifier.Classify(message, conversation.Select(MessageRecords.ToMessage));
                var contact = classifier.ContactOf(message);
                if (!verdict.IsOutreach || contact is null)
                {
                    LogNotOutreach(logger, message.Id, verdict.Reasons);
                    continue;
                }

                thread = NewThread(mailboxId, message, contact, verdict, ownTexts[message.Id], now);
                await store.SaveThreadAsync(thread, cancellationToken);
                LogTracked(logger, thread.Id, thread.Kind);
            }

            await review.ReviewAsync(mailbox, thread.Id, message, History(message, conversation, sent, ownTexts), cancellationToken);
        }

        foreach (var active in await store.ListActiveThreadsAsync(mailboxId, cancellationToken))
        {
            await planning.ReplanAsync(active, now, cancellationToken);
        }
    }

    private static ThreadEntity NewThread(string mailboxId, MailMessage message, EmailAddress contact, OutreachVerdict verdict, string ownText, DateTimeOffset now) => new()
    {
        Id = ThreadIds.For(mailboxId, message.ConversationId),
        MailboxId = mailboxId,
        ConversationId = message.ConversationId,
        OutreachMessageId = message.Id,
        ContactAddress = contact.Address,
        ContactName = contact.Name,
        Subject = message.Subject,
        Kind = OutreachKindClassifier.Explain(message.Subject, ownText).Kind,
        DetectionReasons = string.Join("; ", verdict.Reasons),
        OutreachSentAt = message.At,
        UpdatedAt = now,
    };

    /// <summary>
    /// What the history rules look at: the thread's earlier messages, and the user's other messages of this
    /// sync (bodies are not kept, so sends from earlier syncs are not compared for mass mail).
    /// </summary>
    private static EtiquetteHistory History(MailMessage message, IReadOnlyList<MessageEntity> conversation, List<MailMessage> sent, Dictionary<string, string> ownTexts) => new(
        [.. conversation
            .Where(m => m.MessageId != message.Id && !m.IsDraft && m.At < message.At)
            .OrderBy(m => m.At)
            .Select(m => new ThreadMessage(m.MessageId, m.At, m.Direction, m.InboundKind))],
        [.. sent
            .Where(m => m.Id != message.Id)
            .Select(m => new SentMessageSummary(m.At, [.. m.AllRecipients], ownTexts[m.Id]))]);

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Tracking outreach thread {ThreadId} ({Kind})")]
    private static partial void LogTracked(ILogger logger, string threadId, OutreachKind kind);

    [LoggerMessage(EventId = 201, Level = LogLevel.Debug, Message = "Sent message {MessageId} is not outreach: {Reasons}")]
    private static partial void LogNotOutreach(ILogger logger, string messageId, IReadOnlyList<string> reasons);
}
