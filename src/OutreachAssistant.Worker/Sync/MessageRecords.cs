using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Storage;

namespace OutreachAssistant.Worker.Sync;

/// <summary>Turns a message into the metadata the message log keeps: who, when, which way, what kind; no subject, no body.</summary>
public static class MessageRecords
{
    public static MessageRecord ToRecord(string mailboxId, MailMessage message, MailboxOwner owner)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(owner);
        // The folder tells: mail the user sends from an alias is in Sent Items too.
        var outbound = owner.Sent(message);
        var inboundKind = outbound ? (InboundKind?)null : InboundClassifier.Classify(message);
        return new MessageRecord
        {
            MailboxId = mailboxId,
            MessageId = message.Id,
            ConversationId = message.ConversationId,
            InternetMessageId = message.InternetMessageId,
            FromAddress = message.From?.Address.ToUpperInvariant(),
            Folder = message.Folder,
            IsDraft = message.IsDraft,
            At = message.At,
            Direction = outbound ? ThreadMessageDirection.Outbound : ThreadMessageDirection.Inbound,
            InboundKind = inboundKind,

            // Only the date an out-of-office note states is kept, never its text. Newsletters and notifications are
            // automatic too, and most of a mailbox: their bodies are not read for a date.
            ReturnsOn = inboundKind == InboundKind.AutomaticReply && InboundClassifier.IsAutomaticAnswer(message)
                ? OutOfOfficeParser.ReturnDate(message.BodyText, DateOnly.FromDateTime(message.At.UtcDateTime))
                : null,
            Recipients = outbound ? RecipientList.Of(message.AllRecipients.Select(r => r.Address)) : null,

            // The user steers a thread with them: a stop or exclude category, a flag's due date.
            Categories = CategoryList.Of(message.Categories),
            FlagDueAt = message.FlagDueAt,
        };
    }

    /// <summary>The little of a stored message that the classifier needs to see a conversation's order.</summary>
    public static MailMessage ToMessage(MessageRecord stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new MailMessage
        {
            Id = stored.MessageId,
            ConversationId = stored.ConversationId,
            From = stored.FromAddress is null ? null : new EmailAddress(stored.FromAddress),
            SentAt = stored.At,
            Folder = stored.Folder,
            IsDraft = stored.IsDraft,
        };
    }
}
