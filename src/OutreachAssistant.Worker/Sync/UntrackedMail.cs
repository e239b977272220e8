using OutreachAssistant.Core.Mail;
using OutreachAssistant.Worker.Tracking;

namespace OutreachAssistant.Worker.Sync;

/// <summary>
/// The messages of a sync that the tracker has yet to see, gathered page by page. Only the user's own mail
/// keeps its body (its text is reviewed and compared against the guides); of other mail the signed name is
/// read at once and the body and headers let go, so a first sync of a large mailbox holds little more than
/// the user's own text. A message delivered twice (a resync after an expired link) is kept once.
/// </summary>
public sealed class UntrackedMail(MailboxOwner owner)
{
    private readonly Dictionary<string, MailMessage> messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContactSigning> signings = new(StringComparer.Ordinal);

    public IReadOnlyCollection<MailMessage> Messages => messages.Values;

    public IReadOnlyCollection<ContactSigning> Signings => signings.Values;

    /// <summary>
    /// Conversations in which a message already tracked changed its categories or follow-up flag: the user may have
    /// steered its thread from Outlook (a stop category, a flag's date), so it is planned again.
    /// </summary>
    public ISet<string> Restyled { get; } = new HashSet<string>(StringComparer.Ordinal);

    public void Add(IEnumerable<MailMessage> page)
    {
        var list = page.ToList();
        foreach (var signing in ContactSignatures.Read(owner, list))
        {
            signings[signing.MessageId] = signing;
        }

        foreach (var message in list)
        {
            messages[message.Id] = owner.Sent(message) ? message : message with { BodyText = null, Headers = MessageHeaders.Empty };
        }
    }
}
