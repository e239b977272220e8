namespace OutreachAssistant.Worker.Configuration;

/// <summary>How often mailboxes are read. Bound from <c>Sync</c>.</summary>
public sealed class SyncOptions
{
    /// <summary>The time between two syncs of a mailbox. <value>Default: 2 minutes.</value></summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many mailboxes <c>run --once</c> works on at the same time. <value>Default: 4.</value></summary>
    public int MaxParallelMailboxes { get; set; } = 4;
}
