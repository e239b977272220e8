namespace OutreachAssistant.Storage.Entities;

/// <summary>A follow-up draft the service made. Its key is also stamped on the draft in the mailbox.</summary>
public sealed class DraftEntity
{
    /// <summary>"{thread id}/follow-up/{n}": the same thread and number always give the same key.</summary>
    public required string DraftKey { get; set; }

    public required string ThreadId { get; set; }

    public int Sequence { get; set; }

    public required string MessageId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When a reply made this draft stale and it was marked (or deleted); null while it is not.</summary>
    public DateTimeOffset? StaleMarkedAt { get; set; }
}
