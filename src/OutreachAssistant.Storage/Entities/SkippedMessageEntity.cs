namespace OutreachAssistant.Storage.Entities;

/// <summary>A message the sync could not use, and why, as a short code: never its address or subject.</summary>
public sealed class SkippedMessageEntity
{
    public required string MailboxId { get; set; }

    public required string MessageId { get; set; }

    public required string Folder { get; set; }

    /// <summary>e.g. <c>date-out-of-range</c>, <c>missing-conversation</c>.</summary>
    public required string Reason { get; set; }

    public DateTimeOffset At { get; set; }
}
