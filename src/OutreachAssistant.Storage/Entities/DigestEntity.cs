namespace OutreachAssistant.Storage.Entities;

/// <summary>
/// A mailbox's weekly digest: claimed before the mailbox is asked for anything, and made once <see cref="MessageId"/>
/// is set. Its key is also stamped on the message, so a claim a crash left finds the message it made.
/// </summary>
public sealed class DigestEntity
{
    public required string MailboxId { get; set; }

    /// <summary>The local date of the digest's day in its week.</summary>
    public DateOnly WeekOf { get; set; }

    /// <summary>The process that claimed it last.</summary>
    public required string Holder { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }

    /// <summary>The message in the Inbox; null while it is being made (or was left unmade by a crash).</summary>
    public string? MessageId { get; set; }

    public DateTimeOffset? MadeAt { get; set; }
}
