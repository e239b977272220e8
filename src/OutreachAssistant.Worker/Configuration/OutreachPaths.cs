using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.DryRun;

namespace OutreachAssistant.Worker.Configuration;

/// <summary>
/// The files the service uses: its settings, its data folder and the files in it, the sandbox's seeds. A dry run
/// opens copies of the data folder's databases (<see cref="StateFolder"/>); the data folder is still the one named.
/// </summary>
public sealed class OutreachPaths(
    IHostEnvironment environment,
    OutreachLocations locations,
    IOptions<StorageOptions> storage,
    IOptions<EmbeddedSandboxOptions> sandbox,
    StateFolder state)
{
    public string DataDirectory { get; } = DataDirectoryPath.Resolve(storage.Value.DataDirectory, locations.DefaultDataDirectory);

    /// <summary>The settings files read, in order.</summary>
    public SettingsFiles Settings => locations.Settings;

    /// <summary>The state store's file; named here because the store is registered before this type can be resolved.</summary>
    public const string StateFile = "state.db";

    /// <summary>Quartz's persistent store.</summary>
    public const string ScheduleFile = "schedule.db";

    public string AuthenticationRecord => Path.Combine(DataDirectory, "auth-record.json");

    /// <summary>
    /// The data folder's databases, whether they exist yet or not: what is checked before a run, and what a dry run
    /// copies. On PostgreSQL the state and the schedule are in the database, and only the sandbox's file is here.
    /// </summary>
    public IReadOnlyList<string> DatabaseFiles => storage.Value.Provider == StorageProvider.PostgreSql
        ? [Path.Combine(DataDirectory, sandbox.Value.DatabaseFile)]
        : [Path.Combine(DataDirectory, StateFile), Path.Combine(DataDirectory, ScheduleFile), Path.Combine(DataDirectory, sandbox.Value.DatabaseFile)];

    /// <summary>The embedded sandbox's file as this host opens it: in the data folder, or a dry run's copy.</summary>
    public string SandboxDatabase => state.FileFor(Path.Combine(DataDirectory, sandbox.Value.DatabaseFile));

    public string SeedDirectory { get; } = Path.GetFullPath(sandbox.Value.SeedDirectory, environment.ContentRootPath);
}
