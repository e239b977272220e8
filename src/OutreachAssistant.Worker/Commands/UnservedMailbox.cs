namespace OutreachAssistant.Worker.Commands;

/// <summary>
/// A mailbox a run could not serve, with its status as <c>outreach status</c> shows it (<c>needs-sign-in</c>,
/// <c>failing</c>) and why (never an address or a subject).
/// </summary>
public sealed record UnservedMailbox(string MailboxId, string Status, string Detail = "");
