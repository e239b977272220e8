using System.Globalization;
using System.Text;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Etiquette;

/// <summary>
/// The header block Outlook writes when a message is saved as text: <c>Sent:</c> as the sender's clock shows it
/// ("Tuesday, November 3, 2026 9:15 PM", no offset), recipients separated by semicolons and often by name alone,
/// and <c>Attachments:</c> naming the files.
/// </summary>
public static class OutlookTextHeaders
{
    /// <summary>The domain given to a recipient Outlook names without an address: reserved, so it matches no real one.</summary>
    public const string NoAddressDomain = "no-address.invalid";

    private static readonly string[] SentFormats =
    [
        "dddd, MMMM d, yyyy h:mm tt", "dddd, MMMM d, yyyy h:mm:ss tt", "dddd, MMMM d, yyyy HH:mm", "dddd, d MMMM yyyy HH:mm",
        "dddd, d MMMM yyyy h:mm tt", "MMMM d, yyyy h:mm tt", "d MMMM yyyy HH:mm", "M/d/yyyy h:mm tt", "yyyy-MM-dd HH:mm",
    ];

    /// <summary>The time as the sender's clock showed it; the offset is zero because the file does not say it, so the hour is what rules read.</summary>
    /// <exception cref="FormatException">The value is no date Outlook writes.</exception>
    public static DateTimeOffset ParseSent(string value, int line)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (DateTime.TryParseExact(value.Trim(), SentFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var wallClock))
        {
            return new DateTimeOffset(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), TimeSpan.Zero);
        }

        throw new FormatException(string.Create(CultureInfo.InvariantCulture,
            $"line {line}: cannot read Sent \"{value}\"; expected Outlook's \"Tuesday, November 3, 2026 9:15 PM\""));
    }

    /// <summary>"Dr. Jane Smith; 'mlopez@x.org'; Ana Ruiz &lt;ana@y.edu&gt;": a name alone becomes a recipient at <see cref="NoAddressDomain"/>.</summary>
    public static IReadOnlyList<EmailAddress> ParseRecipients(string value, string header, int line)
    {
        ArgumentNullException.ThrowIfNull(value);
        var recipients = new List<EmailAddress>();
        foreach (var entry in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bare = entry.Trim('\'', '"', ' ');
            recipients.AddRange(bare.Contains('@', StringComparison.Ordinal)
                ? AddressListParser.Parse(bare, header, line)
                : [new EmailAddress($"{Slug(bare)}@{NoAddressDomain}", bare)]);
        }

        return recipients;
    }

    /// <summary>"file1.pdf; file2.docx" (Outlook) or "file1.pdf, file2.docx".</summary>
    public static IReadOnlyList<string> ParseAttachments(string value) =>
        [.. (value ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '.')
            {
                slug.Append('.');
            }
        }

        var text = slug.ToString().Trim('.');
        return text.Length == 0 ? "someone" : text;
    }
}
