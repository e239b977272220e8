using OutreachAssistant.Worker.Commands;

namespace OutreachAssistant.Worker.Drafts;

/// <summary>What <c>outreach drafts</c> shows: the settings files and data folder in use, each mailbox, then every unsent draft.</summary>
public sealed record DraftsSnapshot(LocationsInUse InUse, IReadOnlyList<MailboxDrafts> Mailboxes, IReadOnlyList<UnsentDraft> Drafts);
