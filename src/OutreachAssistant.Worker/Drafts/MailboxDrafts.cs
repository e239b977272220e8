namespace OutreachAssistant.Worker.Drafts;

/// <summary>
/// One mailbox's part of <c>outreach drafts</c>: whether the mailbox was read (so its drafts show their text and
/// those sent or deleted since are left out), how many drafts are listed, and, when it was not read, why.
/// </summary>
public sealed record MailboxDrafts(string Mailbox, bool Read, int Count, string? Problem = null);
