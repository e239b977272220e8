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

    /// <summary>The contact answered; no follow-up, only a keep-in-touch update after months of quiet.</summary>
    Answered,

    /// <summary>The contact answered long ago and all has been quiet since: a keep-in-touch update is due now.</summary>
    KeepInTouchDue,

    /// <summary>Follow-ups are used up and the gap since the last one has passed: time to move on politely.</summary>
    MovedOn,

    /// <summary>The outreach bounced, or mail to the contact's address did and nothing came from it since.</summary>
    Undeliverable,

    /// <summary>The outreach went to more people than a personal email does: no follow-up and no keep-in-touch update to a mass mail.</summary>
    MassMail,

    /// <summary>The user stopped the thread for good (an Outlook category on one of its messages, or <c>outreach stop</c>): nothing more is suggested.</summary>
    Stopped,

    /// <summary>The user put the thread off until a day (<c>outreach snooze</c>): nothing is suggested before it.</summary>
    Snoozed,

    /// <summary>The contact (or a colleague in the conversation) answered and the user has not replied for days: their answer waits for the user.</summary>
    YourTurn,
}
