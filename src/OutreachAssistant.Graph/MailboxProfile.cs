using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Graph;

/// <summary>What the service learns of a mailbox once: whose it is, its folders' ids, its time zone and working hours.</summary>
public sealed record MailboxProfile(
    string UserId,
    MailboxOwner Owner,
    IReadOnlyDictionary<string, MailFolderKind> FolderKinds,
    string? TimeZone,
    MailboxWorkingHours? WorkingHours = null);
