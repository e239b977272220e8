using Microsoft.Graph.Models;

namespace OutreachAssistant.Graph.Clock;

/// <summary>
/// A <c>customTimeZone</c> ("Customized Time Zone") as a <see cref="TimeZoneInfo"/>. Read as the Graph pages
/// define it: <c>bias</c> is minutes ahead of UTC ("Time zones that are ahead of UTC have a positive offset",
/// customtimezone); in daylight time the offset is <c>bias + daylightBias</c> ("+300-100=200 minutes ahead of
/// UTC", daylighttimezoneoffset); <c>daylightOffset</c> says when daylight time starts and <c>standardOffset</c>
/// when it ends, as the nth weekday of a month at a time of day.
/// </summary>
public static class CustomTimeZoneConverter
{
    private static readonly TimeSpan Widest = TimeSpan.FromHours(14);

    /// <returns>Null when the zone cannot be read (no bias, an offset beyond ±14 hours, a malformed transition).</returns>
    public static TimeZoneInfo? ToTimeZoneInfo(CustomTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (zone.Bias is not { } bias || TimeSpan.FromMinutes(bias).Duration() > Widest)
        {
            return null;
        }

        var name = string.IsNullOrWhiteSpace(zone.Name) ? "Customized Time Zone" : zone.Name;
        var standard = TimeSpan.FromMinutes(bias);
        var daylight = TimeSpan.FromMinutes(zone.DaylightOffset?.DaylightBias ?? 0);
        try
        {
            if (daylight == TimeSpan.Zero || Transition(zone.DaylightOffset) is not { } starts || Transition(zone.StandardOffset) is not { } ends)
            {
                return TimeZoneInfo.CreateCustomTimeZone(name, standard, name, name);
            }

            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date, daylight, starts, ends);
            return TimeZoneInfo.CreateCustomTimeZone(name, standard, name, name, $"{name} (daylight)", [rule]);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>"The nth occurrence of the day of week" in a month; 5 is the last, as in Windows time zone rules.</summary>
    private static TimeZoneInfo.TransitionTime? Transition(StandardTimeZoneOffset? offset) =>
        offset is { Month: >= 1 and <= 12, DayOccurrence: >= 1 and <= 5, Time: { } time, DayOfWeek: { } day }
            ? TimeZoneInfo.TransitionTime.CreateFloatingDateRule(
                new DateTime(1, 1, 1, time.Hour, time.Minute, time.Second, DateTimeKind.Unspecified),
                offset.Month.Value,
                offset.DayOccurrence.Value,
                Enum.Parse<DayOfWeek>(day.ToString(), ignoreCase: true))
            : null;
}
