using System.Globalization;
using System.Text.RegularExpressions;

namespace OutreachAssistant.Graph.Clock;

/// <summary>
/// The header Outlook writes above the message a reply quotes ("From: … / Sent: Sunday, November 1, 2026
/// 1:40 PM"), with the original's time on the replier's own clock. Read from the user's own replies, it is
/// their clock: the same original's <c>sentDateTime</c> is UTC, so the two differ by the user's UTC offset.
/// </summary>
public sealed partial record QuotedOriginal(string FromAddress, DateTime SentOnReplierClock)
{
    private static readonly string[] SentFormats =
    [
        "dddd, MMMM d, yyyy h:mm tt", "dddd, MMMM d, yyyy h:mm:ss tt", "dddd, MMMM d, yyyy H:mm",
        "dddd, d MMMM yyyy HH:mm", "dddd, d MMMM yyyy h:mm tt", "MMMM d, yyyy h:mm tt",
    ];

    private static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("en-US"), CultureInfo.GetCultureInfo("en-GB")];

    /// <summary>The first Outlook quote header in a text body, or null.</summary>
    public static QuotedOriginal? Find(string? text)
    {
        if (text is null || QuoteHeader().Match(text) is not { Success: true } match)
        {
            return null;
        }

        var from = match.Groups["from"].Value.Trim();
        var address = AngleAddress().Match(from) is { Success: true } angle ? angle.Groups[1].Value : from;
        var sent = match.Groups["sent"].Value.Trim();
        foreach (var culture in Cultures)
        {
            if (DateTime.TryParseExact(sent, SentFormats, culture, DateTimeStyles.AllowWhiteSpaces, out var local))
            {
                return address.Contains('@', StringComparison.Ordinal) ? new QuotedOriginal(address, local) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The replier's UTC offset, given the original's UTC send time: the quote shows minutes, so seconds are
    /// dropped first; a real offset is a whole quarter hour within ±14 hours, anything else is not this message.
    /// </summary>
    public TimeSpan? OffsetAgainst(DateTimeOffset originalSent)
    {
        var utc = originalSent.UtcDateTime;
        var minute = new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, DateTimeKind.Unspecified);
        var offset = SentOnReplierClock - minute;
        return offset.Duration() <= TimeSpan.FromHours(14) && offset.Ticks % TimeSpan.FromMinutes(15).Ticks == 0 ? offset : null;
    }

    [GeneratedRegex(@"^From:[ \t]*(?<from>[^\r\n]+)\r?\n(?:[^\r\n]*\r?\n){0,2}?Sent:[ \t]*(?<sent>[^\r\n]+)", RegexOptions.Multiline)]
    private static partial Regex QuoteHeader();

    [GeneratedRegex("<([^<>]+@[^<>]+)>")]
    private static partial Regex AngleAddress();
}
