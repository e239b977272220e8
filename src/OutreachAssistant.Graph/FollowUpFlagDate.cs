using System.Globalization;
using Microsoft.Graph.Models;
using OutreachAssistant.Graph.Clock;

namespace OutreachAssistant.Graph;

/// <summary>
/// The due date of a message's follow-up flag (followupFlag: <c>flagStatus</c> and <c>dueDateTime</c>, a
/// dateTimeTimeZone of a wall-clock time and the zone it is in, Windows or IANA). A flag that is not
/// <c>flagged</c> (cleared, or complete) has no date to wait for.
/// </summary>
internal static class FollowUpFlagDate
{
    public static DateTimeOffset? DueAt(FollowupFlag? flag)
    {
        if (flag is not { FlagStatus: FollowupFlagStatus.Flagged, DueDateTime.DateTime: { } wall }
            || !DateTime.TryParse(wall, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        var zone = ZoneNames.TryFind(flag.DueDateTime.TimeZone, out var named) ? named : TimeZoneInfo.Utc;
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return zone.IsInvalidTime(unspecified) ? null : new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
