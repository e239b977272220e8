namespace OutreachAssistant.Core.Mail;

/// <summary>
/// A change to a message the mailbox already had, as delta may report it: its id and only what changed (a
/// read flag, categories, a move), so whatever is absent here is unchanged, never erased.
/// </summary>
public sealed record MailMessageChange(string Id)
{
    public MailFolderKind? Folder { get; init; }

    public bool? IsDraft { get; init; }
}
