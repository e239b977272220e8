using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.FollowUps;

/// <summary>An outreach thread as the policy sees it: where it lives, whom it is with, the message that started it, the drafts made in it and what the user said of it.</summary>
public sealed record OutreachThread(
    string Id,
    string MailboxId,
    string ConversationId,
    string OutreachMessageId,
    EmailAddress Contact,
    IReadOnlyList<ThreadDraft> Drafts)
{
    /// <summary>What the user said about the thread: stopped, or snoozed until a moment.</summary>
    public ThreadSteer Steer { get; init; } = ThreadSteer.None;

    /// <summary>The answer that wears the "your turn" category now, put there by an earlier plan; null when none does.</summary>
    public string? YourTurnMarkedOn { get; init; }
}
