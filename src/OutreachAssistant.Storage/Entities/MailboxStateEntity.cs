namespace OutreachAssistant.Storage.Entities;

/// <summary>How a mailbox fared at its last contact: <c>ok</c>, <c>needs-sign-in</c> or <c>failing</c>, and why.</summary>
public sealed class MailboxStateEntity
{
    public required string MailboxId { get; set; }

    public required string Status { get; set; }

    public string Detail { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The mailbox's zone as <c>mailboxSettings</c> names it (Windows or IANA), so <c>outreach status</c> can speak its time without asking Graph.</summary>
    public string? TimeZone { get; set; }

    /// <summary>What of the zone and working hours had to be assumed and why (a personal account has no readable mailboxSettings); null when none.</summary>
    public string? TimeZoneAssumption { get; set; }

    /// <summary>What the last connection learnt of the mailbox (owner, folder ids, zone, working hours), as JSON the Worker writes and reads.</summary>
    public string? Profile { get; set; }

    /// <summary>When <see cref="Profile"/> was read from Graph.</summary>
    public DateTimeOffset? ProfileReadAt { get; set; }
}
