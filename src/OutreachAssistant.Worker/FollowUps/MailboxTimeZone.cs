namespace OutreachAssistant.Worker.FollowUps;

/// <summary>The mailbox's time zone from <c>mailboxSettings</c>: Windows or IANA names, UTC when unknown.</summary>
public static class MailboxTimeZone
{
    public static TimeZoneInfo Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return TimeZoneInfo.Utc;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone))
        {
            return zone;
        }

        // Outlook reports Windows names ("Eastern Standard Time"); Linux knows IANA ones.
        return TimeZoneInfo.TryConvertWindowsIdToIanaId(name, out var iana) && TimeZoneInfo.TryFindSystemTimeZoneById(iana, out zone)
            ? zone
            : TimeZoneInfo.Utc;
    }
}
