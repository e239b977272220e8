using Microsoft.Extensions.Logging;
using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Core.Text;
using OutreachAssistant.Storage;

namespace OutreachAssistant.Worker.Tracking;

/// <summary>
/// Reads how tracked contacts sign their mail (an answer, or an out-of-office note) while the body is at
/// hand during a sync, and keeps only the name: bodies are never stored.
/// </summary>
public sealed partial class ContactSignatures(OutreachStore store, ILogger<ContactSignatures> logger)
{
    public async Task RememberAsync(string mailboxId, MailboxOwner owner, IEnumerable<MailMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages.Where(m => !m.IsDraft && m.From is not null && !owner.Sent(m)).OrderBy(m => m.At))
        {
            // A bounce is signed by a mail server, not by the contact.
            if (InboundClassifier.Classify(message) == InboundKind.DeliveryFailure || string.IsNullOrWhiteSpace(message.BodyText))
            {
                continue;
            }

            if (SignedName.Find(message.BodyText, message.From!.Name ?? message.From.Address) is { } name)
            {
                var threads = await store.SetContactSignedNameAsync(mailboxId, message.From.Address, name, cancellationToken);
                if (threads > 0)
                {
                    LogSignedName(logger, message.Id, threads);
                }
            }
        }
    }

    [LoggerMessage(EventId = 203, Level = LogLevel.Debug, Message = "Message {MessageId} is signed with a name; {Threads} thread(s) greet the contact by it")]
    private static partial void LogSignedName(ILogger logger, string messageId, int threads);
}
