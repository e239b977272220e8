using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Storage;

/// <summary>What the message log keeps of a synced message: metadata only, never its subject or body.</summary>
public sealed record MessageRecord
{
    public required string MailboxId { get; init; }

    public required string MessageId { get; init; }

    public required string ConversationId { get; init; }

    public string? InternetMessageId { get; init; }

    /// <summary>The sender's address, upper-cased.</summary>
    public string? FromAddress { get; init; }

    public MailFolderKind Folder { get; init; }

    public bool IsDraft { get; init; }

    public DateTimeOffset At { get; init; }

    public ThreadMessageDirection Direction { get; init; }

    public InboundKind? InboundKind { get; init; }

    /// <summary>For an automatic reply: the return day its text stated (the text itself is not kept).</summary>
    public DateOnly? ReturnsOn { get; init; }

    /// <summary>For the user's own mail: every recipient, as <see cref="RecipientList"/> keeps them.</summary>
    public string? Recipients { get; init; }

    /// <summary>The Outlook categories it wears, as <see cref="CategoryList"/> keeps them; null when not read yet (a row of an earlier version).</summary>
    public string? Categories { get; init; }

    /// <summary>The due date of its Outlook follow-up flag, when flagged with one.</summary>
    public DateTimeOffset? FlagDueAt { get; init; }

    /// <summary>
    /// When the tracker finished with the message (its thread, findings and plan stored); null while a crash may
    /// have cut that short, so the next sync treats it as new again. The log keeps its own: a message saved again keeps the mark it had.
    /// </summary>
    public DateTimeOffset? TrackedAt { get; init; }

    internal static MessageRecord From(MessageEntity row) => new()
    {
        MailboxId = row.MailboxId,
        MessageId = row.MessageId,
        ConversationId = row.ConversationId,
        InternetMessageId = row.InternetMessageId,
        FromAddress = row.FromAddress,
        Folder = row.Folder,
        IsDraft = row.IsDraft,
        At = row.At,
        Direction = row.Direction,
        InboundKind = row.InboundKind,
        ReturnsOn = row.ReturnsOn,
        Recipients = row.Recipients,
        Categories = row.Categories,
        FlagDueAt = row.FlagDueAt,
        TrackedAt = row.TrackedAt,
    };

    internal MessageEntity ToRow() => new()
    {
        MailboxId = MailboxId,
        MessageId = MessageId,
        ConversationId = ConversationId,
        InternetMessageId = InternetMessageId,
        FromAddress = FromAddress,
        Folder = Folder,
        IsDraft = IsDraft,
        At = At,
        Direction = Direction,
        InboundKind = InboundKind,
        ReturnsOn = ReturnsOn,
        Recipients = Recipients,
        Categories = Categories,
        FlagDueAt = FlagDueAt,
        TrackedAt = TrackedAt,
    };
}
