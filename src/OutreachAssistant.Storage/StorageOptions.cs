namespace OutreachAssistant.Storage;

/// <summary>Where state is kept. Bound from <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these settings are bound from.</summary>
    public const string SectionName = "Storage";

    /// <summary>
    /// Where the state and Quartz's schedule are kept: <c>Sqlite</c>, files in the data folder (one node), or
    /// <c>PostgreSql</c>, the database <see cref="ConnectionString"/> names, shared by every node.
    /// <value>Default: <c>Sqlite</c>.</value>
    /// </summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// The PostgreSQL connection string (Npgsql's form: <c>Host=…;Database=…;Username=…;Password=…</c>). A secret:
    /// given in the environment as <c>Storage__ConnectionString</c>, refused in a settings file. <value>Default: none;
    /// required with <c>PostgreSql</c>, refused with <c>Sqlite</c>.</value>
    /// </summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>
    /// The folder for the state and schedule files: a full path (<c>~/</c> for the home folder), or empty for the
    /// per-user data folder, which every command uses wherever it runs. <value>Default: empty, the per-user data
    /// folder (<c>~/.local/share/outreach</c> on Linux, <c>%LOCALAPPDATA%\outreach</c> on Windows).</value>
    /// </summary>
    public string DataDirectory { get; set; } = string.Empty;

    /// <summary>
    /// How long <c>run</c> and <c>run --once</c> wait for another process working on the same data folder to end
    /// before they stop, saying which process holds it. <value>Default: 00:00:30.</value>
    /// </summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
