namespace OutreachAssistant.Core.FollowUps;

/// <summary>Where an outreach thread stands.</summary>
public enum OutreachThreadState
{
    /// <summary>No answer yet; a follow-up is due later.</summary>
    Waiting,

    /// <summary>A follow-up is due now.</summary>
    Due,

    /// <summary>Every allowed follow-up has been drafted; the user decides what to do with it.</summary>
    Drafted,

    /// <summary>The user followed up themselves (or sent our draft); no draft is suggested while the gap runs.</summary>
    FollowedUp,

    /// <summary>The contact answered; nothing more is suggested.</summary>
    Answered,

    /// <summary>Follow-ups are used up and the gap since the last one has passed: time to move on politely.</summary>
    MovedOn,

    /// <summary>The outreach bounced.</summary>
    Undeliverable,
}
