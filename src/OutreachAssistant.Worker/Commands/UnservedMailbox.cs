namespace OutreachAssistant.Worker.Commands;

/// <summary>A mailbox a run could not serve, with its status as <c>outreach status</c> shows it (<c>needs-sign-in</c>, <c>failing</c>).</summary>
public sealed record UnservedMailbox(string MailboxId, string Status);
