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

    /// <summary>The messages from the outreach on: earlier mail to the contact belongs to threads before this one.</summary>
    public IReadOnlyList<ThreadMessage> SinceOutreach => [.. Messages.Where(m => m.At >= OutreachSentAt)];

    /// <summary>The history as it stood just before a moment, e.g. when the user sent a message then.</summary>
    public ThreadHistory Before(DateTimeOffset at) =>
        new(OutreachSentAt, [.. Messages.Where(m => m.At < at)], [.. DraftsCreatedAt.Where(d => d < at)]) { Kind = Kind };
}
