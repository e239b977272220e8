using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Core.Text;

namespace OutreachAssistant.Core.Etiquette;

/// <summary>
/// A message as the etiquette rules see it: subject, recipients, when it was sent and the user's own
/// text (quoted history removed) with the signature apart.
/// </summary>
public sealed record LintMessage
{
    public string Subject { get; init; } = string.Empty;

    public IReadOnlyList<EmailAddress> To { get; init; } = [];

    public IReadOnlyList<EmailAddress> Cc { get; init; } = [];

    public IReadOnlyList<EmailAddress> Bcc { get; init; } = [];

    /// <summary>When it was sent; rules about time say nothing without it.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>The mailbox's time zone; when null, the offset <see cref="SentAt"/> carries is taken as local time.</summary>
    public TimeZoneInfo? TimeZone { get; init; }

    /// <summary>The user's own text and signature.</summary>
    public required OwnText Own { get; init; }

    /// <summary>Attachment file names; null when not known, so attachment rules stay silent.</summary>
    public IReadOnlyList<string>? Attachments { get; init; }

    /// <summary>True when it answers the contact's reply (a person's answer came before it), so it needs no ask of its own.</summary>
    public bool AnswersReply { get; init; }

    public IEnumerable<EmailAddress> AllRecipients => To.Concat(Cc).Concat(Bcc);

    /// <summary>The sending time on the mailbox's clock.</summary>
    public DateTimeOffset? LocalSentAt => SentAt is { } at && TimeZone is not null ? TimeZoneInfo.ConvertTime(at, TimeZone) : SentAt;

    /// <summary>What the message is for, guessed from its subject and own text.</summary>
    public OutreachKind Kind => OutreachKindClassifier.Guess(Subject, Own.Text);

    /// <summary>A message from its subject and whole body; the own text is extracted here.</summary>
    public static LintMessage FromBody(string subject, string body, BodyFormat format = BodyFormat.Text, string? senderName = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(body);
        return new() { Subject = subject, Own = OwnTextExtractor.Extract(body, format, senderName) };
    }

    /// <summary>A synced message (plain-text body, as the Graph mailbox reads it) in the mailbox's time zone.</summary>
    /// <param name="message">The message the user sent.</param>
    /// <param name="timeZone">The mailbox's time zone.</param>
    /// <param name="attachments">Its attachment names, or null when not known.</param>
    public static LintMessage FromMail(MailMessage message, TimeZoneInfo? timeZone, IReadOnlyList<string>? attachments = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        return FromBody(message.Subject, message.BodyText ?? string.Empty, BodyFormat.Text, message.From?.Name) with
        {
            To = message.To,
            Cc = message.Cc,
            Bcc = message.Bcc,
            SentAt = message.SentAt,
            TimeZone = timeZone,
            Attachments = attachments,
        };
    }
}
