using System.Globalization;
using System.Text.RegularExpressions;

namespace OutreachAssistant.Sandbox.Seeding;

/// <summary>
/// Seed times: <c>now</c>, an offset like <c>-16d</c>, <c>-3d4h</c>, <c>+2h</c>, <c>-90m</c>, optionally pinned to a
/// local wall-clock time in the mailbox's zone (<c>-16d@10:15</c>), or an absolute ISO 8601 timestamp.
/// </summary>
internal static partial class RelativeTime
{
    public static DateTimeOffset? TryParse(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        var trimmed = text.Trim();
        if (trimmed.Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            return now;
        }

        var match = Offset().Match(trimmed);
        if (match.Success && (match.Groups["d"].Success || match.Groups["h"].Success || match.Groups["m"].Success))
        {
            var span = TimeSpan.FromDays(Number(match, "d")) + TimeSpan.FromHours(Number(match, "h")) + TimeSpan.FromMinutes(Number(match, "m"));
            var shifted = match.Groups["sign"].Value == "-" ? now - span : now + span;
            return match.Groups["at"].Success ? AtLocalTime(shifted, match.Groups["at"].Value, zone) : shifted;
        }

        return !trimmed.StartsWith('+') && !trimmed.StartsWith('-')
            && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var absolute)
            ? absolute.ToUniversalTime()
            : null;
    }

    private static DateTimeOffset? AtLocalTime(DateTimeOffset instant, string time, TimeZoneInfo zone)
    {
        if (!TimeOnly.TryParseExact(time, "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock))
        {
            return null;
        }

        var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
        var local = localDate.ToDateTime(wallClock, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static int Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^(?<sign>[+-])(?:(?<d>\d+)d)?(?:(?<h>\d+)h)?(?:(?<m>\d+)m)?(?:@(?<at>\d{1,2}:\d{2}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Offset();
}
