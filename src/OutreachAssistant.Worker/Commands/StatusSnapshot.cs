namespace OutreachAssistant.Worker.Commands;

/// <summary>What <c>outreach status</c> shows: the mailboxes, then every tracked thread.</summary>
public sealed record StatusSnapshot(IReadOnlyList<MailboxStatus> Mailboxes, IReadOnlyList<ThreadStatus> Threads);
