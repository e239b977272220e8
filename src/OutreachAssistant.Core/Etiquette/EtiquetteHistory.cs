using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Core.Etiquette;

/// <summary>What came before a message, for the rules that need history.</summary>
/// <param name="Thread">The thread's earlier messages, both ways, with inbound ones classified (reply, automatic, bounce).</param>
/// <param name="RecentSent">Other messages the user sent around the same time, to any thread.</param>
public sealed record EtiquetteHistory(IReadOnlyList<ThreadMessage> Thread, IReadOnlyList<SentMessageSummary> RecentSent)
{
    public static readonly EtiquetteHistory Empty = new([], []);
}
