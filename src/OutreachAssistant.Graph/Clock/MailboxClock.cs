namespace OutreachAssistant.Graph.Clock;

/// <summary>
/// The mailbox's zone and working hours, and, when either had to be assumed, a sentence saying what was
/// assumed and why (for <c>outreach status</c>); null when both came from mailboxSettings as they are.
/// </summary>
public sealed record MailboxClock(string? TimeZone, MailboxWorkingHours? WorkingHours, string? Assumption);
