namespace OutreachAssistant.Core.FollowUps;

/// <summary>
/// The Outlook categories the user steers threads with, and the one the service answers with: <paramref name="Stop"/>
/// or any of <paramref name="Exclude"/> on a message of a thread stops it; <paramref name="YourTurn"/> marks an answer
/// waiting for the user.
/// </summary>
public sealed record SteerCategories(string Stop, IReadOnlyList<string> Exclude, string YourTurn)
{
    public static SteerCategories Default { get; } = new(FollowUpOptions.DefaultStopCategory, [], FollowUpOptions.DefaultYourTurnCategory);

    /// <summary>The first of the thread's messages (oldest first) wearing a stopping category, and that category.</summary>
    public (ThreadMessage Message, string Category)? FindStop(ThreadHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        foreach (var message in history.Messages.OrderBy(m => m.At))
        {
            var category = message.Categories.FirstOrDefault(c =>
                string.Equals(c, Stop, StringComparison.OrdinalIgnoreCase) || Exclude.Contains(c, StringComparer.OrdinalIgnoreCase));
            if (category is not null)
            {
                return (message, category);
            }
        }

        return null;
    }
}
