using MimeKit;
using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Core.Text;

namespace OutreachAssistant.Worker.Lint;

/// <summary>
/// A MIME message (an <c>.eml</c> saved from Outlook or any client) read with MimeKit: encoded subjects and names,
/// quoted-printable and base64 bodies, any charset, multipart with the text part preferred and an HTML-only body
/// read as HTML, attachments named and counted.
/// </summary>
public static class EmlMessageReader
{
    public static MessageFile Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var stream = new MemoryStream(content, writable: false);
        var message = MimeMessage.Load(stream);
        return new MessageFile
        {
            Subject = message.Subject ?? string.Empty,
            From = message.From.Mailboxes.Select(ToAddress).FirstOrDefault(),
            To = [.. message.To.Mailboxes.Select(ToAddress)],
            Cc = [.. message.Cc.Mailboxes.Select(ToAddress)],
            Bcc = [.. message.Bcc.Mailboxes.Select(ToAddress)],
            Date = message.Headers.Contains(HeaderId.Date) ? message.Date : null,
            Attachments = Attachments(message),
            Body = message.TextBody ?? (message.HtmlBody is { } html ? OwnTextExtractor.HtmlToText(html) : string.Empty),
        };
    }

    /// <summary>The attached parts by name; a hand-written file may list them in <c>X-Attachments</c> instead, as lint's plain format does.</summary>
    private static IReadOnlyList<string> Attachments(MimeMessage message)
    {
        var parts = message.Attachments.Select((a, i) => a.ContentDisposition?.FileName ?? a.ContentType.Name ?? $"attachment {i + 1}").ToList();
        return parts.Count == 0 && message.Headers["X-Attachments"] is { } listed ? OutlookTextHeaders.ParseAttachments(listed) : parts;
    }

    private static Core.Mail.EmailAddress ToAddress(MailboxAddress mailbox) =>
        new(mailbox.Address, string.IsNullOrWhiteSpace(mailbox.Name) ? null : mailbox.Name);
}
