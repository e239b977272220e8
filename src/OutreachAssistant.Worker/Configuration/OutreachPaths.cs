using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace OutreachAssistant.Worker.Configuration;

/// <summary>The files the service uses: its settings, its data folder and the files in it, the sandbox's seeds.</summary>
public sealed class OutreachPaths(
    IHostEnvironment environment,
    OutreachLocations locations,
    IOptions<StorageOptions> storage,
    IOptions<EmbeddedSandboxOptions> sandbox)
{
    public string DataDirectory { get; } = DataDirectoryPath.Resolve(storage.Value.DataDirectory, locations.DefaultDataDirectory);

    /// <summary>The settings files read, in order.</summary>
    public SettingsFiles Settings => locations.Settings;

    /// <summary>The state store's file; named here because the store is registered before this type can be resolved.</summary>
    public const string StateFile = "state.db";

    /// <summary>Quartz's persistent store.</summary>
    public const string ScheduleFile = "schedule.db";

    public string AuthenticationRecord => Path.Combine(DataDirectory, "auth-record.json");

    public string SandboxDatabase => Path.Combine(DataDirectory, sandbox.Value.DatabaseFile);

    public string SeedDirectory { get; } = Path.GetFullPath(sandbox.Value.SeedDirectory, environment.ContentRootPath);
}
