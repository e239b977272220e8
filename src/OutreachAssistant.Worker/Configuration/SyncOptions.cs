namespace OutreachAssistant.Worker.Configuration;

/// <summary>How often mailboxes are read, and how far back. Bound from <c>Sync</c>.</summary>
public sealed class SyncOptions
{
    /// <summary>The configuration section these settings are bound from.</summary>
    public const string SectionName = "Sync";

    /// <summary>The time between two syncs of a mailbox. <value>Default: 2 minutes.</value></summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many mailboxes <c>run --once</c> works on at the same time. <value>Default: 4.</value></summary>
    public int MaxParallelMailboxes { get; set; } = 4;

    /// <summary>
    /// How far back mail is read: messages sent or received longer ago are not stored or tracked (outreach that
    /// old has nothing left to follow up). Empty reads the whole mailbox. <value>Default: 365 days.</value>
    /// </summary>
    public TimeSpan? History { get; set; } = TimeSpan.FromDays(365);

    /// <summary>
    /// How long what a connection learnt of a mailbox (whose it is, its folders, its time zone and working hours)
    /// is reused before it is read from Graph again: an idle sync then makes only its delta requests. Zero reads it
    /// at every connection. <value>Default: 1 day.</value>
    /// </summary>
    public TimeSpan ProfileRefresh { get; set; } = TimeSpan.FromDays(1);
}
