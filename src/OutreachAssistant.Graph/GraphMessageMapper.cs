using Microsoft.Graph.Models;
using OutreachAssistant.Core.Mail;
using EmailAddress = OutreachAssistant.Core.Mail.EmailAddress;

namespace OutreachAssistant.Graph;

/// <summary>Turns Graph's message into the core's provider-neutral record; <see cref="MessageScreen"/> has passed it first.</summary>
internal static class GraphMessageMapper
{
    /// <summary>
    /// Outlook's own limit for a subject. A longer one (5,000 characters of poison) is kept, cut here, so that
    /// the store, <c>outreach status</c> and the classifier see a subject of a sane length.
    /// </summary>
    public const int MaxSubjectLength = 255;

    /// <summary>The fields the service reads; nothing else is asked for.</summary>
    public static readonly string[] SelectedFields =
    [
        "id", "conversationId", "internetMessageId", "subject", "from", "toRecipients", "ccRecipients", "bccRecipients",
        "sentDateTime", "receivedDateTime", "parentFolderId", "isDraft", "categories", "internetMessageHeaders", "body",
    ];

    /// <summary>Maps a message; a message without the fields every message has is reported, not guessed.</summary>
    public static MailMessage Map(Message message, IReadOnlyDictionary<string, MailFolderKind> folderKinds)
    {
        var id = message.Id ?? throw new MalformedMessageException("a message has no id");
        var conversationId = message.ConversationId ?? throw new MalformedMessageException($"message {id} has no conversationId");
        var headers = message.InternetMessageHeaders?
            .Where(h => h.Name is not null)
            .Select(h => new KeyValuePair<string, string>(h.Name!, h.Value ?? string.Empty));
        return new MailMessage
        {
            Id = id,
            ConversationId = conversationId,
            InternetMessageId = message.InternetMessageId,
            Subject = Truncate(message.Subject ?? string.Empty),
            From = Address(message.From),
            To = Addresses(message.ToRecipients),
            Cc = Addresses(message.CcRecipients),
            Bcc = Addresses(message.BccRecipients),
            SentAt = message.SentDateTime,
            ReceivedAt = message.ReceivedDateTime,
            Folder = message.ParentFolderId is { } folder && folderKinds.TryGetValue(folder, out var kind) ? kind : MailFolderKind.Other,
            IsDraft = message.IsDraft ?? false,
            Categories = message.Categories?.ToList() ?? [],
            Headers = headers is null ? MessageHeaders.Empty : new MessageHeaders(headers),
            BodyText = message.Body?.Content,
        };
    }

    // A recipient whose address does not parse (an X.500 path, a bare name) can be no contact: it is left out.
    private static EmailAddress? Address(Recipient? recipient) =>
        recipient?.EmailAddress?.Address is { } address && EmailAddressSyntax.IsValid(address) ? new EmailAddress(address, recipient.EmailAddress.Name) : null;

    private static string Truncate(string subject)
    {
        if (subject.Length <= MaxSubjectLength)
        {
            return subject;
        }

        // Never cut a surrogate pair in two; the ellipsis says the subject went on.
        var keep = MaxSubjectLength - 1;
        return string.Concat(subject.AsSpan(0, char.IsHighSurrogate(subject[keep - 1]) ? keep - 1 : keep), "…");
    }

    private static List<EmailAddress> Addresses(List<Recipient>? recipients) =>
        recipients?.Select(Address).OfType<EmailAddress>().ToList() ?? [];
}
