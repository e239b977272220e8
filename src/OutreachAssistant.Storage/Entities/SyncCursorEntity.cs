namespace OutreachAssistant.Storage.Entities;

/// <summary>The delta link that continues a folder's sync where the last one ended.</summary>
public sealed class SyncCursorEntity
{
    public required string MailboxId { get; set; }

    public required string Folder { get; set; }

    public required string DeltaLink { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
