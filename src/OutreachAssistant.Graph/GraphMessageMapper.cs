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
        "sentDateTime", "receivedDateTime", "parentFolderId", "isDraft", "categories", "flag", "internetMessageHeaders", "body",
    ];

    /// <summary>The MAPI message class (PidTagMessageClass), read to tell a Teams chat from mail.</summary>
    public const string MessageClassProperty = "String 0x001A";

    /// <summary>Asks for the message class with each message of a list or delta page.</summary>
    public static readonly string[] ExpandedFields = [$"singleValueExtendedProperties($filter=id eq '{MessageClassProperty}')"];

    /// <summary>
    /// A Teams chat that <c>/messages</c> returns with mail ("These chat messages have "IM" as their subject",
    /// Graph known issues): known by its message class, else by that subject outside the mail folders.
    /// </summary>
    public static bool IsTeamsChat(Message message, IReadOnlyDictionary<string, MailFolderKind> folderKinds)
    {
        ArgumentNullException.ThrowIfNull(message);
        var messageClass = message.SingleValueExtendedProperties?.FirstOrDefault(p => string.Equals(p.Id, MessageClassProperty, StringComparison.OrdinalIgnoreCase))?.Value;
        if (messageClass is not null)
        {
            return messageClass.StartsWith("IPM.SkypeTeams", StringComparison.OrdinalIgnoreCase);
        }

        return message.Subject == "IM" && (message.ParentFolderId is null || !folderKinds.ContainsKey(message.ParentFolderId));
    }

    /// <summary>
    /// A delta item for a message that changed since the last round: Graph sends "their id with at least the
    /// properties that have been updated" (delta-query-overview). We always select conversationId, which
    /// every whole message carries, so its absence marks the item as a change, not a new message.
    /// </summary>
    public static bool IsChange(Message message) => message.Id is not null && message.ConversationId is null;

    /// <summary>What a change item says about what the store keeps: where the message is, whether it is a draft, its categories and flag.</summary>
    public static MailMessageChange MapChange(Message message, IReadOnlyDictionary<string, MailFolderKind> folderKinds)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new MailMessageChange(message.Id!)
        {
            Folder = message.ParentFolderId is { } folder ? (folderKinds.TryGetValue(folder, out var kind) ? kind : MailFolderKind.Other) : null,
            IsDraft = message.IsDraft,
            Categories = message.Categories,
            FlagChanged = message.Flag is not null,
            FlagDueAt = FollowUpFlagDate.DueAt(message.Flag),
        };
    }

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
            FlagDueAt = FollowUpFlagDate.DueAt(message.Flag),
            Headers = headers is null ? MessageHeaders.Empty : new MessageHeaders(headers),

            // Lists and delta return bodies "in only HTML format" (list-messages), whatever was preferred: HTML is
            // read as HTML, so own text, signatures, return dates and names are found in its text, not in its tags.
            BodyText = message.Body is { ContentType: BodyType.Html } ? null : message.Body?.Content,
            BodyHtml = message.Body is { ContentType: BodyType.Html, Content: { } html } ? html : null,
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
