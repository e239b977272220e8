namespace OutreachAssistant.Core.FollowUps;

/// <summary>What <see cref="YourTurnRule"/> found.</summary>
/// <param name="Answer">The answer waiting for the user now, or null when none is their turn.</param>
/// <param name="ChangesAt">When the finding changes by time alone: the answer becomes their turn, or stops being marked anew.</param>
/// <param name="MarkOn">The message that should wear the category after this plan; null when none.</param>
public sealed record YourTurn(ThreadMessage? Answer, DateTimeOffset? ChangesAt, string? MarkOn)
{
    public bool IsYourTurn => Answer is not null;
}
