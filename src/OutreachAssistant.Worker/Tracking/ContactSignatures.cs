using Microsoft.Extensions.Logging;
using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Core.Text;
using OutreachAssistant.Storage;

namespace OutreachAssistant.Worker.Tracking;

/// <summary>
/// Reads how contacts sign their mail (an answer, or an out-of-office note) while the body is at hand during a
/// sync, and keeps only the name for the threads with them: bodies are never stored.
/// </summary>
public sealed partial class ContactSignatures(ThreadStore threads, ILogger<ContactSignatures> logger)
{
    /// <summary>The names that mail from others is signed with, read from the bodies before they are let go.</summary>
    public static IEnumerable<ContactSigning> Read(MailboxOwner owner, IEnumerable<MailMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages.Where(m => !m.IsDraft && m.From is not null && !owner.Sent(m)))
        {
            // A bounce is signed by a mail server, not by the contact.
            if (InboundClassifier.Classify(message) == InboundKind.DeliveryFailure || string.IsNullOrWhiteSpace(message.BodyText))
            {
                continue;
            }

            if (SignedName.Find(message.BodyText, message.From!.Name ?? message.From.Address) is { } name)
            {
                yield return new ContactSigning(message.Id, message.From.Address, name, message.At);
            }
        }
    }

    /// <summary>Greets the contacts of tracked threads by the names they signed with, the latest signing last.</summary>
    public async Task RememberAsync(string mailboxId, IEnumerable<ContactSigning> signings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signings);
        foreach (var signing in signings.OrderBy(s => s.At))
        {
            var named = await threads.SetContactSignedNameAsync(mailboxId, signing.Address, signing.Name, cancellationToken);
            if (named > 0)
            {
                LogSignedName(logger, signing.MessageId, named);
            }
        }
    }

    [LoggerMessage(EventId = 203, Level = LogLevel.Debug, Message = "Message {MessageId} is signed with a name; {Threads} thread(s) greet the contact by it")]
    private static partial void LogSignedName(ILogger logger, string messageId, int threads);
}
