using OutreachAssistant.Graph.Clock;

namespace OutreachAssistant.Worker.FollowUps;

/// <summary>
/// The mailbox's time zone as the profile keeps it: a Windows or IANA name from <c>mailboxSettings</c>, or a
/// zone the service built (custom working hours, an offset learnt from mail); UTC when unknown.
/// </summary>
public static class MailboxTimeZone
{
    public static TimeZoneInfo Resolve(string? name) => ZoneNames.TryFind(name, out var zone) ? zone : TimeZoneInfo.Utc;
}
