using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Graph;

/// <summary>
/// What the service learns of a mailbox once: whose it is, its folders' ids, its time zone and working hours
/// (<see cref="Clock.ZoneNames"/> reads the zone), and what of them had to be assumed, if anything.
/// </summary>
public sealed record MailboxProfile(
    string UserId,
    MailboxOwner Owner,
    IReadOnlyDictionary<string, MailFolderKind> FolderKinds,
    string? TimeZone,
    MailboxWorkingHours? WorkingHours = null,
    string? TimeZoneAssumption = null);
