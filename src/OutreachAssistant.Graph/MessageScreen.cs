using Microsoft.Graph.Models;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Graph;

/// <summary>
/// Says which messages are too broken to map: one poisoned message is skipped with a reason code, so
/// the rest of the mailbox goes on. Drafts (ours among them) need no sender; sent and received mail does.
/// </summary>
public static class MessageScreen
{
    /// <summary>The reason code to skip <paramref name="message"/> for, or null when it can be mapped.</summary>
    public static string? ReasonToSkip(Message message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrEmpty(message.Id))
        {
            return SkipReasons.MissingId;
        }

        if (string.IsNullOrEmpty(message.ConversationId))
        {
            return SkipReasons.MissingConversation;
        }

        if (message.SentDateTime is null && message.ReceivedDateTime is null)
        {
            return SkipReasons.MissingDate;
        }

        if (new[] { message.SentDateTime, message.ReceivedDateTime }.Any(at => at is { } time && !MessageDateRange.IsSane(time, now)))
        {
            return SkipReasons.DateOutOfRange;
        }

        if (message.IsDraft == true)
        {
            return null;
        }

        return message.From?.EmailAddress?.Address switch
        {
            null or "" => SkipReasons.MissingFrom,
            var address when !EmailAddressSyntax.IsValid(address) => SkipReasons.UnparsableAddress,
            _ => null,
        };
    }
}
