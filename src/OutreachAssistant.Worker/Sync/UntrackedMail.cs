using OutreachAssistant.Core.Mail;
using OutreachAssistant.Core.Text;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Tracking;

namespace OutreachAssistant.Worker.Sync;

/// <summary>
/// The messages of a sync that the tracker has yet to see, gathered page by page. Only the user's own mail is
/// kept, with its body (its text is reviewed and compared against the guides), packed (<see cref="PackedText"/>), but
/// not its headers (read as its page is stored). Of other mail the signed name is read at once, and only its id and what it concerns are
/// kept (its conversation, its sender and recipients), so a first sync of a large mailbox holds little more than
/// the user's own text. A message delivered twice (a resync after an expired link) is kept once.
/// </summary>
/// <param name="owner">Whose mailbox it is.</param>
/// <param name="contactKeys">Everyone the mailbox has a thread with (<see cref="ThreadStore.ListContactKeysAsync"/>).</param>
public sealed class UntrackedMail(MailboxOwner owner, IReadOnlySet<string> contactKeys)
{
    // Whose signed name may be kept: a thread's contact, or someone this sync's own mail went to (Sent Items is read
    // before the Inbox). The name anyone else signs with is kept nowhere, so their bodies are never turned into text.
    private readonly HashSet<string> mayBeContacts = new(contactKeys, StringComparer.Ordinal);
    private readonly Dictionary<string, MailMessage> sent = new(StringComparer.Ordinal);
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> conversations = new(StringComparer.Ordinal);
    private readonly HashSet<string> addresses = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ContactSigning> signings = new(StringComparer.Ordinal);

    /// <summary>Every message the tracker has yet to see, to be marked tracked once it has.</summary>
    public IReadOnlyCollection<string> Ids => ids;

    /// <summary>The user's own messages (their drafts too), with their bodies.</summary>
    public IReadOnlyCollection<MailMessage> Sent => sent.Values;

    /// <summary>
    /// The conversations the messages are in, and the addresses they are from and to. Drafts (ours, read back after
    /// their move to the Inbox, or the user's) are no part of any history, so they concern nothing.
    /// </summary>
    public IReadOnlySet<string> Conversations => conversations;

    /// <inheritdoc cref="Conversations"/>
    public IReadOnlySet<string> Addresses => addresses;

    public IReadOnlyCollection<ContactSigning> Signings => signings.Values;

    /// <summary>
    /// Conversations in which a message already tracked changed its categories or follow-up flag: the user may have
    /// steered its thread from Outlook (a stop category, a flag's date), so it is planned again.
    /// </summary>
    public ISet<string> Restyled { get; } = new HashSet<string>(StringComparer.Ordinal);

    public void Add(IEnumerable<MailMessage> page)
    {
        var list = page.ToList();
        mayBeContacts.UnionWith(list.Where(owner.Sent).SelectMany(m => m.AllRecipients).Select(r => OutreachDbContext.ContactKeyOf(r.Address)));
        foreach (var signing in ContactSignatures.Read(owner, list.Where(m => m.From is { } from && mayBeContacts.Contains(OutreachDbContext.ContactKeyOf(from.Address)))))
        {
            signings[signing.MessageId] = signing;
        }

        foreach (var message in list)
        {
            ids.Add(message.Id);
            if (owner.Sent(message))
            {
                // Kept as text, packed: its HTML is let go with the page.
                sent[message.Id] = message.WithPackedBody() with { Headers = MessageHeaders.Empty };
            }

            if (!message.IsDraft)
            {
                conversations.Add(message.ConversationId);
                addresses.UnionWith(message.AllRecipients.Append(message.From).OfType<EmailAddress>().Select(a => a.Address));
            }
        }
    }
}
