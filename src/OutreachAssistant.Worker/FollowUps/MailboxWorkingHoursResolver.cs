using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Graph;

namespace OutreachAssistant.Worker.FollowUps;

/// <summary>
/// The working hours drafts must fall in, from the mailbox's settings: its own days and times in the zone
/// Graph names for them (Windows or IANA), else the mailbox's zone, Monday to Friday, 09:00 to 17:00.
/// </summary>
public static class MailboxWorkingHoursResolver
{
    public static WorkingHours For(MailboxProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var hours = profile.WorkingHours;
        var zone = MailboxTimeZone.Resolve(hours?.TimeZone ?? profile.TimeZone);
        return hours is null || hours.Days.Count == 0
            ? WorkingHours.Default(zone)
            : new WorkingHours(hours.Days.ToHashSet(), hours.Start, hours.End, zone);
    }
}
