using OutreachAssistant.Worker.Commands;

namespace OutreachAssistant.Worker.Contacts;

/// <summary>What <c>outreach contacts</c> prints: the settings files and data folder in use, the mailboxes, and a row per contact.</summary>
public sealed record ContactsSnapshot(LocationsInUse InUse, IReadOnlyList<MailboxContacts> Mailboxes, IReadOnlyList<ContactRow> Contacts);
