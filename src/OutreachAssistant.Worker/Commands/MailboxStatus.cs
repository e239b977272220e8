namespace OutreachAssistant.Worker.Commands;

/// <summary>
/// A mailbox as of its last contact: <c>ok</c>, <c>needs-sign-in</c> or <c>failing</c>, why, and when; and
/// the zone its times are shown in (UTC until it has synced once), and what of that zone and the working hours
/// had to be assumed (a personal account's mailboxSettings cannot be read), if anything.
/// </summary>
public sealed record MailboxStatus(string Mailbox, string Status, string Detail, DateTimeOffset? CheckedAt, string TimeZone, string? Assumed = null);
