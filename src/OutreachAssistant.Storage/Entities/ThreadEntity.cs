using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;

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

    /// <summary>
    /// How many times the thread was saved over. A save from a copy read before another writer's save is
    /// refused, so an older picture of the thread never replaces a newer one.
    /// </summary>
    public long Revision { get; set; }

    public List<DraftEntity> Drafts { get; set; } = [];

    /// <summary>The thread as the follow-up policy sees it (its drafts must have been loaded with it).</summary>
    public OutreachThread ToOutreachThread() =>
        new(Id, MailboxId, ConversationId, OutreachMessageId, new EmailAddress(ContactAddress, ContactName), [.. Drafts.Select(d => d.ToThreadDraft())]);
}
