using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Storage;

/// <summary>How a mailbox fared at its last contact, and the zone <c>outreach status</c> speaks its times in.</summary>
/// <param name="MailboxId">The mailbox's id in the settings.</param>
/// <param name="Status"><c>ok</c>, <c>needs-sign-in</c>, <c>failing</c>, or <c>not-synced</c> before its first contact.</param>
/// <param name="Detail">Why, in a line; empty when it is well.</param>
/// <param name="UpdatedAt">When the status was written.</param>
/// <param name="TimeZone">The mailbox's zone as <c>mailboxSettings</c> names it (Windows or IANA); null when not read yet.</param>
/// <param name="TimeZoneAssumption">What of the zone and working hours had to be assumed and why; null when none.</param>
public sealed record MailboxState(string MailboxId, string Status, string Detail, DateTimeOffset UpdatedAt, string? TimeZone, string? TimeZoneAssumption)
{
    internal static MailboxState From(MailboxStateEntity row) =>
        new(row.MailboxId, row.Status, row.Detail, row.UpdatedAt, row.TimeZone, row.TimeZoneAssumption);
}
