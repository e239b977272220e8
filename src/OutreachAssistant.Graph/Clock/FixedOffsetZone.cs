using System.Globalization;

namespace OutreachAssistant.Graph.Clock;

/// <summary>
/// A zone that is only an offset, for a clock learnt from mail: one instant says nothing of daylight saving,
/// so the zone is named by its offset ("UTC-05:00") and never pretends to be a place.
/// </summary>
public static class FixedOffsetZone
{
    public static TimeZoneInfo Of(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var name = string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{offset.Duration():hh\\:mm}");
        return TimeZoneInfo.CreateCustomTimeZone(name, offset, name, name);
    }
}
