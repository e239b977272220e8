namespace OutreachAssistant.Core.Mail;

/// <summary>
/// A change to a message the mailbox already had, as delta may report it: its id and only what changed (a
/// read flag, categories, a move), so whatever is absent here is unchanged, never erased.
/// </summary>
public sealed record MailMessageChange(string Id)
{
    public MailFolderKind? Folder { get; init; }

    public bool? IsDraft { get; init; }

    /// <summary>The message's categories, when they came with the change.</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>Whether the follow-up flag came with the change; then <see cref="FlagDueAt"/> is its due date (null: none).</summary>
    public bool FlagChanged { get; init; }

    public DateTimeOffset? FlagDueAt { get; init; }
}
