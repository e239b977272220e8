using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Core.Etiquette.Rules;

/// <summary>
/// The user's own messages in a thread since the contact last answered (automatic replies and bounces
/// are not answers), oldest first. When it is not empty, a new message is a follow-up: the first entry
/// is the unanswered message and each later one an earlier follow-up.
/// </summary>
public static class UnansweredRun
{
    public static IReadOnlyList<ThreadMessage> Before(EtiquetteHistory history, DateTimeOffset sentAt)
    {
        ArgumentNullException.ThrowIfNull(history);
        var run = new List<ThreadMessage>();
        foreach (var message in history.Thread.Where(m => m.At < sentAt).OrderBy(m => m.At))
        {
            if (message.Direction == ThreadMessageDirection.Outbound)
            {
                run.Add(message);
            }
            else if (message.InboundKind is null or InboundKind.Reply)
            {
                run.Clear();
            }
        }

        return run;
    }

    /// <summary>
    /// How long after the last message of the run a message sent at <paramref name="sentAt"/> comes, when
    /// at least <paramref name="minimumRun"/> unanswered messages precede it; otherwise null.
    /// </summary>
    public static TimeSpan? GapBefore(EtiquetteHistory history, DateTimeOffset? sentAt, int minimumRun) =>
        sentAt is { } at && Before(history, at) is { } run && run.Count >= minimumRun ? at - run[^1].At : null;
}
