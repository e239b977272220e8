using System.Globalization;

namespace OutreachAssistant.Core.FollowUps;

/// <summary>
/// Dates in reasons, on the mailbox's clock, in the short voice of <c>outreach status</c> ("Mon 8 Dec"). A date at
/// the calendar's end is shown as the nearest one every zone can hold.
/// </summary>
internal sealed class ReasonText(TimeZoneInfo zone)
{
    public string Day(DateTimeOffset at) => TimeZoneInfo.ConvertTime(SaturatingTime.Clamp(at), zone).ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly day) => day.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    public string Moment(DateTimeOffset at) => TimeZoneInfo.ConvertTime(SaturatingTime.Clamp(at), zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);
}
