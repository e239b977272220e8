namespace OutreachAssistant.Worker.Health;

/// <summary>One mailbox in the readiness body: its id (never its address), whether a first sync finished, and how it fares.</summary>
/// <param name="Id">The mailbox's id from <c>Mailboxes</c>.</param>
/// <param name="FirstSyncDone">Whether Inbox and Sent Items have both been read through to a delta link, by any node.</param>
/// <param name="LastSyncAt">When a folder of it last reached its delta link.</param>
/// <param name="Status">Its state as <c>outreach status</c> has it (<c>not-synced</c>, <c>ok</c>, <c>failing</c>, <c>needs-sign-in</c>), or null before it was first reached.</param>
public sealed record MailboxReadiness(string Id, bool FirstSyncDone, DateTimeOffset? LastSyncAt, string? Status);
