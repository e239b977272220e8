using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Core.Text;
using OutreachAssistant.Graph;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Findings;
using OutreachAssistant.Worker.FollowUps;
using OutreachAssistant.Worker.Sync;

namespace OutreachAssistant.Worker.Tracking;

/// <summary>
/// Turns newly synced messages into outreach threads, checks each message the user sent in a thread against
/// the etiquette rules, and re-plans every thread a new message could change or whose wake-up came. A message to a contact whose
/// thread is still open is the user's own follow-up of that thread, in whatever conversation it was written.
/// </summary>
public sealed partial class OutreachTracker(
    ThreadStore threads,
    MessageLog messages,
    ThreadPlanning planning,
    ThreadHistoryLoader histories,
    FollowUpPlanner planner,
    SentMessageReview review,
    ContactSignatures signatures,
    IOptions<OutreachDetectionOptions> detection,
    ILogger<OutreachTracker> logger)
{
    public async Task TrackAsync(string mailboxId, GraphMailbox mailbox, UntrackedMail untracked, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(untracked);
        var newMessages = untracked.Messages;
        var owner = mailbox.Profile.Owner;
        var hours = MailboxWorkingHoursResolver.For(mailbox.Profile);
        var classifier = new OutreachClassifier(detection.Value, owner);
        var sent = newMessages.Where(m => !m.IsDraft && owner.Sent(m)).OrderBy(m => m.At).ToList();
        var ownTexts = sent.ToDictionary(m => m.Id, m => OwnTextExtractor.Extract(m.BodyText ?? string.Empty).Text, StringComparer.Ordinal);
        var summaries = new SentSummaries(sent, ownTexts);
        foreach (var message in sent)
        {
            try
            {
                await TrackSentAsync(mailboxId, mailbox, message, classifier, hours, summaries, ownTexts, now, cancellationToken);
            }
            catch (Exception ex) when (OwnCodeFailure.Is(ex))
            {
                LogSkippedMessage(logger, mailboxId, message.Id, SkipReasons.ProcessingFailed, ex.GetType().Name);
            }
        }

        // After the loop above, so a contact's first answer finds the thread its outreach just started.
        await signatures.RememberAsync(mailboxId, untracked.Signings, cancellationToken);
        var (conversations, addresses) = Touched(newMessages);
        conversations.UnionWith(untracked.Restyled);
        foreach (var active in await threads.ListActiveAsync(mailboxId, cancellationToken))
        {
            // Planned again when new mail concerns it, or its wake-up came: until then its plan cannot change.
            var touched = conversations.Contains(active.ConversationId) || addresses.Contains(active.ContactAddress);
            if (touched || active.WakeUpAt is not { } wakeUp || wakeUp <= now)
            {
                try
                {
                    await planning.ReplanAsync(active, now, cancellationToken);
                }
                catch (Exception ex) when (OwnCodeFailure.Is(ex))
                {
                    LogSkippedMessage(logger, mailboxId, active.OutreachMessageId, SkipReasons.ProcessingFailed, ex.GetType().Name);
                }
            }
        }
    }

    /// <summary>Starts or finds the thread a message the user sent belongs to, and reviews the message in it.</summary>
    private async Task TrackSentAsync(
        string mailboxId,
        GraphMailbox mailbox,
        MailMessage message,
        OutreachClassifier classifier,
        WorkingHours hours,
        SentSummaries sent,
        Dictionary<string, string> ownTexts,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var thread = await threads.FindAsync(mailboxId, message.ConversationId, cancellationToken);
        if (thread is null && await OpenThreadWrittenToAsync(mailboxId, message, hours, cancellationToken) is { } followedUp)
        {
            thread = followedUp;
            LogOwnFollowUp(logger, message.Id, thread.Id);
        }

        if (thread is null)
        {
            var conversation = await messages.GetConversationAsync(mailboxId, message.ConversationId, cancellationToken);
            var verdict = classifier.Classify(message, conversation.Select(MessageRecords.ToMessage));
            var contact = classifier.ContactOf(message);
            if (!verdict.IsOutreach || contact is null)
            {
                LogNotOutreach(logger, message.Id, verdict.Reasons);
                return;
            }

            thread = await threads.SaveAsync(NewThread(mailboxId, message, contact, verdict, ownTexts[message.Id], now), cancellationToken);
            LogTracked(logger, thread.Id, thread.Kind);
        }

        var history = await histories.LoadAsync(thread, cancellationToken);
        await review.ReviewAsync(mailbox, thread.Id, message, History(message, history, sent), cancellationToken);
    }

    /// <summary>
    /// The conversations and the addresses the new messages concern. Drafts (ours, read back after their move to the
    /// Inbox, or the user's) are no part of any history, so they change no plan.
    /// </summary>
    private static (HashSet<string> Conversations, HashSet<string> Addresses) Touched(IReadOnlyCollection<MailMessage> messages)
    {
        var sent = messages.Where(m => !m.IsDraft).ToList();
        return (
            new(sent.Select(m => m.ConversationId), StringComparer.Ordinal),
            new(sent.SelectMany(m => m.AllRecipients.Append(m.From)).OfType<EmailAddress>().Select(a => a.Address), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The thread a message outside any tracked conversation follows up: the oldest one of a recipient that was
    /// still open when the message was sent. Judged from the history rather than the stored state, which a
    /// first sync of months of mail has not planned yet.
    /// </summary>
    private async Task<ThreadRecord?> OpenThreadWrittenToAsync(string mailboxId, MailMessage message, WorkingHours hours, CancellationToken cancellationToken)
    {
        foreach (var recipient in message.AllRecipients.DistinctBy(r => r.Address, StringComparer.OrdinalIgnoreCase))
        {
            foreach (var thread in await threads.ListOfContactAsync(mailboxId, recipient.Address, cancellationToken))
            {
                // A thread the store already closed stays closed: answers and bounces are not undone.
                if (thread.State.IsOpen() && planner.IsOpenAt(await histories.LoadAsync(thread, cancellationToken), message.At, hours))
                {
                    return thread;
                }
            }
        }

        return null;
    }

    private static ThreadRecord NewThread(string mailboxId, MailMessage message, EmailAddress contact, OutreachVerdict verdict, string ownText, DateTimeOffset now) => new()
    {
        Id = ThreadIds.For(mailboxId, message.ConversationId),
        MailboxId = mailboxId,
        ConversationId = message.ConversationId,
        OutreachMessageId = message.Id,
        ContactAddress = contact.Address,
        ContactName = contact.Name,
        Subject = message.Subject,
        Kind = OutreachKindClassifier.Guess(message.Subject, ownText),
        DetectionReasons = string.Join("; ", verdict.Reasons),
        OutreachSentAt = message.At,
        UpdatedAt = now,
    };

    /// <summary>
    /// What the history rules look at: the thread's messages from its outreach up to this one, in every
    /// conversation (the set the planner uses), and the user's other messages of this sync (bodies are not
    /// kept, so sends from earlier syncs are not compared for mass mail).
    /// </summary>
    private static EtiquetteHistory History(MailMessage message, ThreadHistory thread, SentSummaries sent) => new(
        [.. thread.Before(message.At).SinceOutreach.Where(m => m.MessageId != message.Id)],
        sent.OtherThan(message.Id));

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Tracking outreach thread {ThreadId} ({Kind})")]
    private static partial void LogTracked(ILogger logger, string threadId, OutreachKind kind);

    [LoggerMessage(EventId = 202, Level = LogLevel.Information, Message = "Sent message {MessageId} follows up thread {ThreadId} from another conversation")]
    private static partial void LogOwnFollowUp(ILogger logger, string messageId, string threadId);

    [LoggerMessage(EventId = 204, Level = LogLevel.Warning, Message = "Skipped message {MessageId} of {MailboxId}: {Reason} ({Failure})")]
    private static partial void LogSkippedMessage(ILogger logger, string mailboxId, string messageId, string reason, string failure);

    [LoggerMessage(EventId = 201, Level = LogLevel.Debug, Message = "Sent message {MessageId} is not outreach: {Reasons}")]
    private static partial void LogNotOutreach(ILogger logger, string messageId, IReadOnlyList<string> reasons);
}
