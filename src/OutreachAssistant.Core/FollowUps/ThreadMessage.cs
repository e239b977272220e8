using OutreachAssistant.Core.Detection;

namespace OutreachAssistant.Core.FollowUps;

/// <summary>One message in an outreach thread's history, as far as the follow-up policy cares.</summary>
/// <param name="MessageId">The provider's message id, for explanations and de-duplication.</param>
/// <param name="At">When it was sent (outbound) or received (inbound).</param>
/// <param name="Direction">Who wrote it.</param>
/// <param name="InboundKind">For inbound messages: a reply, an automatic reply or a bounce.</param>
/// <param name="ReturnsOn">For an automatic reply: the return day its text states, if it states one.</param>
public sealed record ThreadMessage(
    string MessageId,
    DateTimeOffset At,
    ThreadMessageDirection Direction,
    InboundKind? InboundKind = null,
    DateOnly? ReturnsOn = null)
{
    /// <summary>The conversation it belongs to; null when not known.</summary>
    public string? ConversationId { get; init; }

    /// <summary>Inbound from the contact themselves, not from a colleague in the conversation.</summary>
    public bool FromContact { get; init; }

    /// <summary>The Outlook categories it wears; a stop or exclude category among them stops the thread.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>For the user's own message: the due date of the Outlook follow-up flag on it, when flagged with one.</summary>
    public DateTimeOffset? FlagDueAt { get; init; }
}
