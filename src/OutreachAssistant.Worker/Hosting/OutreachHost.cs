using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.DryRun;
using OutreachAssistant.Worker.Scheduling;
using OutreachAssistant.Worker.Telemetry;
using Quartz;

namespace OutreachAssistant.Worker.Hosting;

/// <summary>Builds the host for the service and for each command; tests build it the same way with their own clock and settings.</summary>
public static class OutreachHost
{
    /// <param name="mode">The service (Quartz runs), a command (the schedule is written, not run), or a dry run (a command on copies, writing nothing).</param>
    /// <param name="settings">Settings over every file and the environment (tests).</param>
    /// <param name="clock">The clock the planner reads; the system's when null.</param>
    /// <param name="contentRoot">
    /// Null for the program: its settings and files beside it, the user's own settings file over them, its state in
    /// the per-user data folder (<see cref="OutreachLocations.ForUser"/>). A folder for tests and embedding: its
    /// appsettings.json alone, so a user's own file never leaks in, and its <c>data</c> folder by default.
    /// </param>
    /// <param name="configureServices">Replaces services after the host's own (tests).</param>
    /// <exception cref="SettingsFileException">A settings file named by <c>OUTREACH_SETTINGS</c> is missing, or one is not valid JSON.</exception>
    public static IHost Build(
        HostMode mode,
        IReadOnlyDictionary<string, string?>? settings = null,
        TimeProvider? clock = null,
        string? contentRoot = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var locations = contentRoot is null ? OutreachLocations.ForUser() : OutreachLocations.In(contentRoot);
        var builder = CreateBuilder(locations);

        // Quiet defaults for chatty libraries, which appsettings.json may loosen.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Quartz", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);

        // A failed start is reported by the command in one line (a bad setting) or as the exception itself.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        AddSettingsFile(builder.Configuration, locations.Settings);

        // User secrets in every environment, not only Development: they are where secrets belong.
        builder.Configuration.AddUserSecrets(typeof(OutreachHost).Assembly, optional: true);

        // Again, after the user's file: the environment overrides every file.
        builder.Configuration.AddEnvironmentVariables();
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        // The store and Quartz need the folder of their files before any service exists; OutreachPaths resolves it alike.
        var dataDirectory = DataDirectoryPath.Resolve(builder.Configuration[DataDirectoryPath.Key], locations.DefaultDataDirectory);
        var database = StorageDatabase.Resolve(builder.Configuration);
        if (mode == HostMode.DryRun && database.IsPostgreSql)
        {
            // A dry run works on copies of the data folder's SQLite files; a shared database cannot be copied aside.
            throw new SettingsFileException(
                $"run --once --dry-run works on a copy of the SQLite state and cannot run with {StorageDatabase.ProviderKey} PostgreSql: "
                + "nodes share the database, and a plan made on it would be written to it. Leave --dry-run out, or try it on a single node's SQLite state.");
        }

        var state = mode == HostMode.DryRun ? StateFolder.ScratchCopy() : StateFolder.InDataFolder(dataDirectory);
        // The services first: the storage and Graph projects bind and check their own settings there, and Auth's own
        // validator comes before this program's check of the settings files.
        builder.Services
            .AddOutreachServices(locations, state, database)
            .AddOutreachOptions(builder.Configuration)
            .AddOutreachScheduling(builder.Configuration, state, database);
        configureServices?.Invoke(builder.Services);
        if (mode == HostMode.Service)
        {
            // Each is a no-op unless the process runs as such a service: then readiness and stopping are reported to
            // systemd (Type=notify) or to the Service Control Manager.
            builder.Services.AddSystemd();
            builder.Services.AddWindowsService();

            // Before the schedule's start-up, so the health endpoints answer while it runs.
            builder.Services.AddOutreachTelemetry(builder.Configuration);
            builder.Services.AddHostedService<ScheduleBootstrapper>();
            builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }

        return builder.Build();
    }

    /// <summary>The default builder reads appsettings.json (and appsettings.{Environment}.json) from the content root.</summary>
    private static HostApplicationBuilder CreateBuilder(OutreachLocations locations)
    {
        try
        {
            return Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = locations.ContentRoot, DisableDefaults = false });
        }
        catch (InvalidDataException ex)
        {
            throw SettingsFileException.Unreadable(ex);
        }
    }

    /// <summary>The user's own file, over the shipped one; optional unless <c>OUTREACH_SETTINGS</c> named it.</summary>
    private static void AddSettingsFile(IConfigurationBuilder configuration, SettingsFiles files)
    {
        if (files.User is null)
        {
            return;
        }

        try
        {
            configuration.AddJsonFile(files.User, optional: !files.UserIsRequired, reloadOnChange: false);
        }
        catch (InvalidDataException ex)
        {
            throw SettingsFileException.Unreadable(ex);
        }
    }
}
