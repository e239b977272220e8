using System.Globalization;
using System.Text.RegularExpressions;

namespace OutreachAssistant.Core.FollowUps;

/// <summary>
/// Finds the return date an out-of-office note states ("until Monday, November 16", "back on 16/11",
/// "returning 2026-11-16", "bis zum 16. November", "jusqu'au 16 novembre", "hasta el 16 de noviembre").
/// Pure: the text and the day it arrived in, a date or nothing.
/// </summary>
public static partial class OutOfOfficeParser
{
    // A date must follow a return cue closely, so "until 5 pm" or a signature's phone number is not read as one.
    private const int Window = 40;

    /// <summary>The stated return day; a date without a year is the next such day on or after <paramref name="receivedOn"/>.</summary>
    public static DateOnly? ReturnDate(string? text, DateOnly receivedOn)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (Match cue in ReturnCue().Matches(text))
        {
            var start = cue.Index + cue.Length;
            var window = text.Substring(start, Math.Min(Window, text.Length - start));
            if (DateIn(window, receivedOn) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? DateIn(string window, DateOnly receivedOn)
    {
        var candidates = new List<(int Index, DateOnly? Date)>();
        if (Iso().Match(window) is { Success: true } iso)
        {
            candidates.Add((iso.Index, Make(Int(iso, "y"), Int(iso, "m"), Int(iso, "d"), receivedOn)));
        }

        if (Numeric().Match(window) is { Success: true } numeric)
        {
            var (first, second) = (Int(numeric, "a"), Int(numeric, "b"));

            // Day first, as most of the world writes it, unless only month first makes sense (US "11/16").
            var (day, month) = first <= 12 && second > 12 ? (second, first) : (first, second);
            candidates.Add((numeric.Index, Make(Year(numeric), month, day, receivedOn)));
        }

        // Weekdays and other words look like month names to the pattern; only real months count.
        foreach (var named in MonthDay().Matches(window).Concat(DayMonth().Matches(window)))
        {
            if (MonthNames.Number(named.Groups["mon"].Value) is { } month)
            {
                candidates.Add((named.Index, Make(Year(named), month, Int(named, "d"), receivedOn)));
            }
        }

        return candidates.Where(c => c.Date is not null && c.Index <= 20).OrderBy(c => c.Index).Select(c => c.Date).FirstOrDefault();
    }

    private static DateOnly? Make(int? year, int month, int day, DateOnly receivedOn)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }

        if (year is { } y)
        {
            y = y < 100 ? 2000 + y : y;

            // "0000" or "9999" is no return date; the calendar's last days leave no room for the working day after.
            if (y is < 1 or > 9998)
            {
                return null;
            }

            return day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : null;
        }

        // No year: the next such day, so a note sent in December about "January 5" means next year.
        for (var candidate = receivedOn.Year; candidate <= Math.Min(receivedOn.Year + 1, 9998); candidate++)
        {
            if (day <= DateTime.DaysInMonth(candidate, month) && new DateOnly(candidate, month, day) >= (receivedOn == DateOnly.MinValue ? receivedOn : receivedOn.AddDays(-1)))
            {
                return new DateOnly(candidate, month, day);
            }
        }

        return null;
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int? Year(Match match) => match.Groups["y"].Success ? Int(match, "y") : null;

    [GeneratedRegex(@"\b(?:until|till|til|through|thru|back(?:\s+in\s+the\s+office)?(?:\s+on)?|returning(?:\s+on)?|return(?:\s+on)?|bis(?:\s+zum|\s+einschließlich|\s+am)?|zurück(?:\s+am|\s+ab)?|wieder\s+(?:am|ab)|jusqu['’]au|jusqu['’]à|de\s+retour\s+le|retour\s+le|hasta\s+el|hasta|regreso\s+el|de\s+vuelta\s+el|volveré\s+el)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReturnCue();

    [GeneratedRegex(@"(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<!\d)(?<a>\d{1,2})[./](?<b>\d{1,2})(?:[./](?<y>\d{4}|\d{2}))?(?![\d:])", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<mon>\p{L}{3,10})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>\d{4}))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?<mon>\p{L}{3,10})\.?(?:,?\s+(?:de\s+)?(?<y>\d{4}))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();
}
