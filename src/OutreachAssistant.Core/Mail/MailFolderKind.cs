namespace OutreachAssistant.Core.Mail;

/// <summary>The folders the service reads or writes; everything else is <see cref="Other"/>.</summary>
public enum MailFolderKind
{
    Other,
    Inbox,
    SentItems,
    Drafts,
    DeletedItems,
}
