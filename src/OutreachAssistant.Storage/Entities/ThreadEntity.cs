using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Storage.Entities;

/// <summary>An outreach thread: the first message the user sent, the contact, and where it stands.</summary>
public sealed class ThreadEntity
{
    public required string Id { get; set; }

    public required string MailboxId { get; set; }

    public required string ConversationId { get; set; }

    public required string OutreachMessageId { get; set; }

    public required string ContactAddress { get; set; }

    public string? ContactName { get; set; }

    /// <summary>The name the contact signs their mail with, from the latest message of theirs that was signed; drafts greet them by it.</summary>
    public string? ContactSignedName { get; set; }

    public string Subject { get; set; } = string.Empty;

    public OutreachKind Kind { get; set; }

    public string DetectionReasons { get; set; } = string.Empty;

    public DateTimeOffset OutreachSentAt { get; set; }

    public OutreachThreadState State { get; set; }

    public DateTimeOffset? NextActionAt { get; set; }

    /// <summary>When to plan the thread again without new mail: its next action, or when its state changes by time alone.</summary>
    public DateTimeOffset? WakeUpAt { get; set; }

    public string Reason { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the user stopped the thread for good (noticed, for an Outlook category); null while it is not stopped.</summary>
    public DateTimeOffset? StoppedAt { get; set; }

    public StopSource? StoppedBy { get; set; }

    /// <summary>The Outlook category that stopped it, when one did.</summary>
    public string? StopCategory { get; set; }

    /// <summary>Nothing is suggested before this moment (<c>outreach snooze</c>).</summary>
    public DateTimeOffset? SnoozedUntil { get; set; }

    /// <summary>The answer wearing the "your turn" category, put there by the service; null when none does.</summary>
    public string? YourTurnMarkedOn { get; set; }

    /// <summary>
    /// How many times the thread was saved over. A save from a copy read before another writer's save is
    /// refused, so an older picture of the thread never replaces a newer one.
    /// </summary>
    public long Revision { get; set; }

    public List<DraftEntity> Drafts { get; set; } = [];
}
