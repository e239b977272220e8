using OutreachAssistant.Core.Detection;

namespace OutreachAssistant.Core.FollowUps;

/// <summary>
/// What is known of one outreach thread: when it started, the messages that count (the user's own
/// messages to the contact, and inbound messages from the contact or from others in the conversation),
/// and the follow-up drafts the service has already made.
/// </summary>
public sealed record ThreadHistory(
    DateTimeOffset OutreachSentAt,
    IReadOnlyList<ThreadMessage> Messages,
    IReadOnlyList<DateTimeOffset> DraftsCreatedAt)
{
    /// <summary>What the outreach was for; some kinds get no follow-up.</summary>
    public OutreachKind Kind { get; init; } = OutreachKind.Other;

    /// <summary>The keep-in-touch drafts made for this contact, in any of their threads: the yearly limit is per contact.</summary>
    public IReadOnlyList<DateTimeOffset> KeepInTouchDraftsAt { get; init; } = [];

    /// <summary>The keep-in-touch drafts made in the whole mailbox lately (the last day at least), for the daily limit.</summary>
    public IReadOnlyList<DateTimeOffset> MailboxKeepInTouchDraftsAt { get; init; } = [];

    /// <summary>Every draft made in the whole mailbox lately (the last day at least), follow-ups and updates, for <see cref="FollowUpOptions.MaxPerDay"/>.</summary>
    public IReadOnlyList<DateTimeOffset> MailboxDraftsAt { get; init; } = [];

    /// <summary>
    /// True when a later answered thread with the same contact carries the keep-in-touch updates, so one
    /// contact never gets two at once.
    /// </summary>
    public bool KeepInTouchElsewhere { get; init; }

    /// <summary>
    /// When mail to the contact's address last bounced, in any of their threads; the address counts as
    /// working again once anything arrives from it afterwards.
    /// </summary>
    public DateTimeOffset? ContactBouncedAt { get; init; }

    /// <summary>How many people the outreach message went to (To, Cc and Bcc, each once); 0 when not known.</summary>
    public int Audience { get; init; }

    /// <summary>Nothing is suggested before this moment: the user put the thread off (<see cref="ThreadSteer.SnoozedUntil"/>).</summary>
    public DateTimeOffset? SnoozedUntil { get; init; }

    /// <summary>
    /// When the user wrote in the outreach's conversation, to anyone: an answer from a colleague there is answered by
    /// a reply to that colleague, which <see cref="Messages"/> (the user's mail to the contact) leaves out.
    /// </summary>
    public IReadOnlyList<DateTimeOffset> OwnMessagesInConversationAt { get; init; } = [];

    /// <summary>The messages from the outreach on: earlier mail to the contact belongs to threads before this one.</summary>
    public IReadOnlyList<ThreadMessage> SinceOutreach => [.. Messages.Where(m => m.At >= OutreachSentAt)];

    /// <summary>The history as it stood just before a moment, e.g. when the user sent a message then.</summary>
    public ThreadHistory Before(DateTimeOffset at) =>
        this with { Messages = [.. Messages.Where(m => m.At < at)], DraftsCreatedAt = [.. DraftsCreatedAt.Where(d => d < at)], KeepInTouchDraftsAt = [.. KeepInTouchDraftsAt.Where(d => d < at)] };
}
