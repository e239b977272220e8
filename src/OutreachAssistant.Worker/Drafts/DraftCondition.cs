namespace OutreachAssistant.Worker.Drafts;

/// <summary>Where an unsent draft of ours stands: still good to send, or overtaken since it was made.</summary>
public enum DraftCondition
{
    /// <summary>Nothing has happened since it was made: yours to edit and send, or delete.</summary>
    Waiting,

    /// <summary>The contact answered after it was made; it wears <c>Drafts:StaleCategory</c>.</summary>
    Stale,

    /// <summary>You wrote to the contact yourself after it was made; it wears <c>Drafts:SupersededCategory</c>.</summary>
    Superseded,

    /// <summary>Overtaken (the record says so), but the draft does not say which way: its mailbox could not be read, or its category was taken off.</summary>
    Marked,
}
