using OutreachAssistant.Core.Text;

namespace OutreachAssistant.Core.Mail;

/// <summary>
/// One message as the core sees it, whatever mailbox provider it came from. Bodies are optional: the
/// worker reads them for analysis and never stores them.
/// </summary>
public sealed record MailMessage
{
    private readonly string? bodyHtml;
    private readonly PackedText? packedBody;

    // Two threads reading the text at once each convert it and store the same text: no lock is needed.
    private string? bodyText;

    public required string Id { get; init; }

    public required string ConversationId { get; init; }

    public string? InternetMessageId { get; init; }

    public string Subject { get; init; } = string.Empty;

    public EmailAddress? From { get; init; }

    public IReadOnlyList<EmailAddress> To { get; init; } = [];

    public IReadOnlyList<EmailAddress> Cc { get; init; } = [];

    public IReadOnlyList<EmailAddress> Bcc { get; init; } = [];

    public DateTimeOffset? SentAt { get; init; }

    public DateTimeOffset? ReceivedAt { get; init; }

    public MailFolderKind Folder { get; init; }

    public bool IsDraft { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The due date of the Outlook follow-up flag on the message, when it is flagged with one.</summary>
    public DateTimeOffset? FlagDueAt { get; init; }

    public MessageHeaders Headers { get; init; } = MessageHeaders.Empty;

    /// <summary>
    /// The body as plain text. A body that came as HTML (<see cref="BodyHtml"/>) is turned into text when this is first
    /// read: most of a large mailbox's mail never is, and turning HTML into text is the dearest step of reading it.
    /// A body held packed (<see cref="WithPackedBody"/>) is unpacked at each read and not kept.
    /// </summary>
    public string? BodyText
    {
        get
        {
            if (bodyText is not null)
            {
                return bodyText;
            }

            if (packedBody is not null)
            {
                return packedBody.Unpack();
            }

            return bodyHtml is null ? null : bodyText = HtmlTextConverter.Convert(bodyHtml);
        }

        init => bodyText = value;
    }

    /// <summary>The body as HTML, as Graph lists it; read its text through <see cref="BodyText"/>.</summary>
    public string? BodyHtml
    {
        get => bodyHtml;
        init
        {
            // A copy given new HTML reads that, not the body it was packed with.
            bodyHtml = value;
            packedBody = null;
        }
    }

    // Set only by WithPackedBody, in a with-expression.
    private PackedText? PackedBody
    {
        init => packedBody = value;
    }

    /// <summary>
    /// A copy that holds its body as text packed (<see cref="PackedText"/>) rather than as a string, for a message kept
    /// a long while among thousands (the user's own mail through a first sync). Its HTML is let go.
    /// </summary>
    public MailMessage WithPackedBody() => BodyText is { } text
        ? this with { BodyText = null, BodyHtml = null, PackedBody = PackedText.Pack(text) }
        : this;

    /// <summary>When the message entered the mailbox: sent time for the user's own mail, received time otherwise.</summary>
    public DateTimeOffset At => SentAt ?? ReceivedAt ?? DateTimeOffset.MinValue;

    public IEnumerable<EmailAddress> AllRecipients => To.Concat(Cc).Concat(Bcc);
}
