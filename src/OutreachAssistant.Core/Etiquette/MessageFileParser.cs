using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Core.Text;

namespace OutreachAssistant.Core.Etiquette;

/// <summary>
/// Reads a plain-text message: when its first line is a known header (Subject, To, Cc, Bcc, From, Date,
/// X-Attachments and other common ones), a header block up to the first blank line, with folded lines;
/// otherwise the whole text is the body. Errors name the line and what is wrong.
/// </summary>
public static partial class MessageFileParser
{
    private static readonly HashSet<string> KnownHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Subject", "To", "Cc", "Bcc", "From", "Date", "X-Attachments", "Reply-To", "Sender", "Message-ID",
        "In-Reply-To", "References", "MIME-Version", "Content-Type", "Content-Transfer-Encoding",

        // Outlook's "Save as text" writes these.
        "Sent", "Attachments", "Importance",
    };

    private static readonly string[] DateFormats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz",
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK",
    ];

    /// <exception cref="FormatException">A header line is malformed, or a Date or address cannot be read.</exception>
    public static MessageFile Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || HeaderLine().Match(lines[0]) is not { Success: true } first || !KnownHeaders.Contains(first.Groups["name"].Value))
        {
            return new MessageFile { Body = string.Join('\n', lines) };
        }

        // Each header's value grows in a builder of its own: adding a folded line to a string copied the whole
        // value each time, and 200,000 folds took minutes.
        var headers = new List<(string Name, StringBuilder Value, int Line)>();
        var index = 0;
        for (; index < lines.Length && lines[index].Trim().Length > 0; index++)
        {
            var line = lines[index];
            if (line[0] is ' ' or '\t')
            {
                headers[^1].Value.Append(' ').Append(line.AsSpan().Trim());
            }
            else if (HeaderLine().Match(line) is { Success: true } match)
            {
                headers.Add((match.Groups["name"].Value, new StringBuilder(match.Groups["value"].Value.Trim()), index + 1));
            }
            else
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"line {index + 1}: malformed header line \"{Shorten(line)}\"; expected \"Name: value\", or a blank line before the body"));
            }
        }

        return Build([.. headers.Select(h => (h.Name, h.Value.ToString(), h.Line))], string.Join('\n', lines.Skip(index + 1)));
    }

    private static MessageFile Build(List<(string Name, string Value, int Line)> headers, string body)
    {
        string? Value(string name) => headers.FindLast(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
        int LineOf(string name) => headers.FindLast(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Line;

        // Outlook's "Save as text" says Sent where mail says Date, and lists recipients with semicolons, often by name alone.
        var outlook = Value("Date") is null && Value("Sent") is not null;
        IReadOnlyList<EmailAddress> Addresses(string name) => outlook
            ? OutlookTextHeaders.ParseRecipients(Value(name) ?? string.Empty, name, LineOf(name))
            : AddressListParser.Parse(Value(name) ?? string.Empty, name, LineOf(name));

        return new MessageFile
        {
            Subject = Value("Subject") ?? string.Empty,
            From = Addresses("From") is [var sender, ..] ? sender : null,
            To = Addresses("To"),
            Cc = Addresses("Cc"),
            Bcc = Addresses("Bcc"),
            Date = outlook ? OutlookTextHeaders.ParseSent(Value("Sent")!, LineOf("Sent")) : Value("Date") is { } date ? ParseDate(date, LineOf("Date")) : null,
            Attachments = OutlookTextHeaders.ParseAttachments(Value("X-Attachments") ?? Value("Attachments") ?? string.Empty),
            // A body the Content-Type says is HTML is read as the mail client would show it.
            Body = Value("Content-Type") is { } type && type.TrimStart().StartsWith("text/html", StringComparison.OrdinalIgnoreCase) ? OwnTextExtractor.HtmlToText(body) : body,
        };
    }

    private static DateTimeOffset ParseDate(string value, int line)
    {
        // A trailing comment such as "(UTC)" is allowed by RFC 5322 and means nothing here.
        var text = Comment().Replace(value, string.Empty).Trim();
        if (DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new FormatException(string.Create(CultureInfo.InvariantCulture,
            $"line {line}: cannot read Date \"{value}\"; expected RFC 5322 with an offset, e.g. \"Tue, 3 Nov 2026 21:15:00 +0100\""));
    }

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..57] + "...";

    // RFC 5322 field names: printable ASCII except the colon.
    [GeneratedRegex(@"^(?<name>[!-9;-~]+):(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"\([^()]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Comment();
}
