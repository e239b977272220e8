using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.FollowUps;

/// <summary>An outreach thread as the policy sees it: where it lives, whom it is with, the message that started it and the drafts made in it.</summary>
public sealed record OutreachThread(
    string Id,
    string MailboxId,
    string ConversationId,
    string OutreachMessageId,
    EmailAddress Contact,
    IReadOnlyList<ThreadDraft> Drafts);
