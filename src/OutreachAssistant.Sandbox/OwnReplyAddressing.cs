namespace OutreachAssistant.Sandbox;

/// <summary>Whom <c>createReply</c> addresses when the message replied to is one the mailbox's owner sent.</summary>
public enum OwnReplyAddressing
{
    /// <summary>
    /// The sender, as message-createreply documents it ("Create a draft to reply to the sender of a message"):
    /// for the owner's own sent mail, the owner.
    /// </summary>
    Sender,

    /// <summary>The original recipients, as Outlook's own Reply button does.</summary>
    OriginalRecipients,
}
