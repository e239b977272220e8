using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Storage.Entities;

/// <summary>What is kept of a synced message: metadata only, never its subject or body.</summary>
public sealed class MessageEntity
{
    public required string MailboxId { get; set; }

    public required string MessageId { get; set; }

    public required string ConversationId { get; set; }

    public string? InternetMessageId { get; set; }

    public string? FromAddress { get; set; }

    public MailFolderKind Folder { get; set; }

    public bool IsDraft { get; set; }

    public DateTimeOffset At { get; set; }

    public ThreadMessageDirection Direction { get; set; }

    public InboundKind? InboundKind { get; set; }

    /// <summary>For an automatic reply: the return day its text stated (the text itself is not kept).</summary>
    public DateOnly? ReturnsOn { get; set; }

    /// <summary>For the user's own mail: every recipient, upper-cased, as ";A@X;B@Y;", to find their later mail to a contact.</summary>
    public string? Recipients { get; set; }

    /// <summary>The Outlook categories it wears, as a JSON array; null when not read yet (a row of an earlier version).</summary>
    public string? Categories { get; set; }

    /// <summary>The due date of its Outlook follow-up flag, when flagged with one.</summary>
    public DateTimeOffset? FlagDueAt { get; set; }

    /// <summary>
    /// When the tracker finished with the message (its thread, findings and plan stored); null while a crash may
    /// have cut that short, so the next sync treats it as new again.
    /// </summary>
    public DateTimeOffset? TrackedAt { get; set; }
}
