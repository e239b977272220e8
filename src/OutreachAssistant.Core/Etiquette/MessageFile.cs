using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Etiquette;

/// <summary>A plain-text message as <c>outreach lint</c> reads it: optional RFC 5322 headers, then the body.</summary>
public sealed record MessageFile
{
    public string Subject { get; init; } = string.Empty;

    public EmailAddress? From { get; init; }

    public IReadOnlyList<EmailAddress> To { get; init; } = [];

    public IReadOnlyList<EmailAddress> Cc { get; init; } = [];

    public IReadOnlyList<EmailAddress> Bcc { get; init; } = [];

    public DateTimeOffset? Date { get; init; }

    /// <summary>The names in <c>X-Attachments</c>; empty when the header is absent, as the file is the whole message.</summary>
    public IReadOnlyList<string> Attachments { get; init; } = [];

    public string Body { get; init; } = string.Empty;

    /// <summary>The message for the rules; the Date's own offset stands for the mailbox's time zone.</summary>
    public LintMessage ToLintMessage() =>
        LintMessage.FromBody(Subject, Body, senderName: From?.Name) with
        {
            To = To,
            Cc = Cc,
            Bcc = Bcc,
            SentAt = Date,
            Attachments = Attachments,
        };

    /// <summary>The message as the outreach classifier sees it, sent by <paramref name="sender"/>.</summary>
    public MailMessage ToMailMessage(EmailAddress sender) => new()
    {
        Id = "lint",
        ConversationId = "lint",
        Subject = Subject,
        From = sender,
        To = To,
        Cc = Cc,
        Bcc = Bcc,
        SentAt = Date,
        Folder = MailFolderKind.SentItems,
        BodyText = Body,
    };
}
