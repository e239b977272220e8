namespace OutreachAssistant.Worker.Contacts;

/// <summary>A mailbox's contacts: how many, and whether their signatures could be read from it (else roles are missing and institutions come from domains).</summary>
public sealed record MailboxContacts(string Mailbox, bool Read, int Count, string? Problem = null);
