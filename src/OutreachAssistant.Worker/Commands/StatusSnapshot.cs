namespace OutreachAssistant.Worker.Commands;

/// <summary>What <c>outreach status</c> shows: the settings files and data folder in use, the mailboxes, then every tracked thread.</summary>
public sealed record StatusSnapshot(LocationsInUse InUse, IReadOnlyList<MailboxStatus> Mailboxes, IReadOnlyList<ThreadStatus> Threads);
