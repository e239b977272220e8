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
/// One pass reads what it needs of the store in bulk and writes what it decided at its end (<see cref="TrackingPass"/>).
/// </summary>
public sealed partial class OutreachTracker(
    MailboxBatches batches,
    ThreadPlanning planning,
    ThreadHistoryLoader histories,
    FollowUpPlanner planner,
    SentMessageReview review,
    ContactSignatures signatures,
    TrackingPassWriter writer,
    IOptions<OutreachDetectionOptions> detection,
    ILogger<OutreachTracker> logger)
{
    public async Task TrackAsync(string mailboxId, GraphMailbox mailbox, UntrackedMail untracked, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(untracked);
        var pass = new TrackingPass(await MailboxFacts.LoadAsync(batches, mailboxId, cancellationToken));
        try
        {
            await DecideAsync(pass, mailbox, untracked, now, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // What was decided before the failure is kept, as it was when each thread was written at once.
            await writer.WriteAsync(pass, now, cancellationToken);
            throw;
        }

        await writer.WriteAsync(pass, now, cancellationToken);
    }

    private async Task DecideAsync(TrackingPass pass, GraphMailbox mailbox, UntrackedMail untracked, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (mailboxId, facts) = (pass.MailboxId, pass.Facts);
        var classifier = new OutreachClassifier(detection.Value, mailbox.Profile.Owner);
        var sent = untracked.Sent.Where(m => !m.IsDraft).OrderBy(m => m.At).ToList();
        var context = new SentContext(mailbox, classifier, MailboxWorkingHoursResolver.For(mailbox.Profile), new SentSummaries(sent), pass);

        // What the sent messages will ask of the store is read ahead: their conversations, and the mail of the people they went to.
        await facts.PrefetchAsync(sent.Select(m => m.ConversationId), sent.SelectMany(m => m.AllRecipients).Select(r => r.Address), cancellationToken);
        foreach (var message in sent)
        {
            try
            {
                await TrackSentAsync(context, message, now, cancellationToken);
            }
            catch (Exception ex) when (OwnCodeFailure.Is(ex))
            {
                LogSkippedMessage(logger, mailboxId, message.Id, SkipReasons.ProcessingFailed, ex.GetType().Name);
            }
        }

        // After the loop above, so a contact's first answer finds the thread its outreach just started.
        await signatures.RememberAsync(pass, untracked.Signings, cancellationToken);

        // Planned again when new mail concerns it, or its wake-up came: until then its plan cannot change. In the
        // order the store lists them, as a plan may read the states of the contact's other threads.
        var replanned = facts.ActiveThreads
            .Where(t => untracked.Conversations.Contains(t.ConversationId) || untracked.Restyled.Contains(t.ConversationId)
                || untracked.Addresses.Contains(t.ContactAddress) || t.WakeUpAt is not { } wakeUp || wakeUp <= now)
            .OrderBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        await facts.PrefetchAsync(replanned.Select(t => t.ConversationId), replanned.Select(t => t.ContactAddress), cancellationToken);
        foreach (var active in replanned)
        {
            try
            {
                await planning.ReplanAsync(active, now, pass, cancellationToken);
            }
            catch (Exception ex) when (OwnCodeFailure.Is(ex))
            {
                LogSkippedMessage(logger, mailboxId, active.OutreachMessageId, SkipReasons.ProcessingFailed, ex.GetType().Name);
            }
        }
    }

    /// <summary>Starts or finds the thread a message the user sent belongs to, and reviews the message in it.</summary>
    private async Task TrackSentAsync(SentContext context, MailMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (mailbox, classifier, hours, sent, pass) = context;
        var thread = pass.Facts.FindThread(message.ConversationId);
        if (thread is null && await OpenThreadWrittenToAsync(pass.Facts, message, hours, cancellationToken) is { } followedUp)
        {
            thread = followedUp;
            LogOwnFollowUp(logger, message.Id, thread.Id);
        }

        if (thread is null)
        {
            var conversation = await pass.Facts.GetConversationAsync(pass.MailboxId, message.ConversationId, cancellationToken);
            var verdict = classifier.Classify(message, conversation.Select(MessageRecords.ToMessage));
            var contact = classifier.ContactOf(message);
            if (!verdict.IsOutreach || contact is null)
            {
                LogNotOutreach(logger, message.Id, verdict.Reasons);
                return;
            }

            thread = NewThread(pass.MailboxId, message, contact, verdict, now);
            pass.Started(thread);
            LogTracked(logger, thread.Id, thread.Kind);
        }

        var history = await histories.LoadAsync(thread, pass.Facts, cancellationToken);
        await review.ReviewAsync(mailbox, thread.Id, message, History(message, history, sent), pass.Batch, cancellationToken);
    }

    /// <summary>What every sent message of one pass is tracked with.</summary>
    private sealed record SentContext(
        GraphMailbox Mailbox, OutreachClassifier Classifier, WorkingHours Hours, SentSummaries Sent, TrackingPass Pass);

    /// <summary>
    /// The thread a message outside any tracked conversation follows up: the oldest one of a recipient that was
    /// still open when the message was sent. Judged from the history rather than the stored state, which a
    /// first sync of months of mail has not planned yet.
    /// </summary>
    private async Task<ThreadRecord?> OpenThreadWrittenToAsync(MailboxFacts facts, MailMessage message, WorkingHours hours, CancellationToken cancellationToken)
    {
        foreach (var recipient in message.AllRecipients.DistinctBy(r => r.Address, StringComparer.OrdinalIgnoreCase))
        {
            foreach (var thread in await facts.ListThreadsOfContactAsync(facts.MailboxId, recipient.Address, cancellationToken))
            {
                // A thread the store already closed stays closed: answers and bounces are not undone.
                if (thread.State.IsOpen() && planner.IsOpenAt(await histories.LoadAsync(thread, facts, cancellationToken), message.At, hours))
                {
                    return thread;
                }
            }
        }

        return null;
    }

    private static ThreadRecord NewThread(string mailboxId, MailMessage message, EmailAddress contact, OutreachVerdict verdict, DateTimeOffset now) => new()
    {
        Id = ThreadIds.For(mailboxId, message.ConversationId),
        MailboxId = mailboxId,
        ConversationId = message.ConversationId,
        OutreachMessageId = message.Id,
        ContactAddress = contact.Address,
        ContactName = contact.Name,
        Subject = message.Subject,
        Kind = OutreachKindClassifier.Guess(message.Subject, OwnTextExtractor.Extract(message.BodyText ?? string.Empty).Text),
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
