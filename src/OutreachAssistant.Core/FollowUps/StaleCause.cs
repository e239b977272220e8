namespace OutreachAssistant.Core.FollowUps;

/// <summary>Why an unsent draft of ours must not be sent as it is.</summary>
public enum StaleCause
{
    /// <summary>The contact answered after it was made.</summary>
    ReplyReceived,

    /// <summary>The user wrote to the contact themselves after it was made.</summary>
    UserWroteSince,

    /// <summary>The user stopped the thread (an Outlook category, or <c>outreach stop</c>) while the draft was unsent.</summary>
    ThreadStopped,
}
