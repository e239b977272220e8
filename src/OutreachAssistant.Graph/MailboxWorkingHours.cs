namespace OutreachAssistant.Graph;

/// <summary>
/// <c>mailboxSettings.workingHours</c> as Graph gives it: day names, wall-clock start and end, and the zone
/// they are in (a Windows or IANA name), or null when the mailbox has none set.
/// </summary>
public sealed record MailboxWorkingHours(IReadOnlyList<DayOfWeek> Days, TimeOnly Start, TimeOnly End, string? TimeZone);
