using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OutreachAssistant.Worker.Scheduling;
using Quartz;

namespace OutreachAssistant.Worker.Hosting;

/// <summary>Builds the host for the service and for each command; tests build it the same way with their own clock and settings.</summary>
public static class OutreachHost
{
    public static IHost Build(
        HostMode mode,
        IReadOnlyDictionary<string, string?>? settings = null,
        TimeProvider? clock = null,
        string? contentRoot = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = contentRoot ?? FindContentRoot(),
            DisableDefaults = false,
        });
        // Quiet defaults for chatty libraries, which appsettings.json may loosen.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Quartz", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);

        // A failed start is reported by the command in one line (a bad setting) or as the exception itself.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        // User secrets in every environment, not only Development: they are where secrets belong.
        builder.Configuration.AddUserSecrets(typeof(OutreachHost).Assembly, optional: true);
        builder.Configuration.AddEnvironmentVariables();
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        builder.Services
            .AddOutreachOptions(builder.Configuration)
            .AddOutreachServices(builder.Configuration)
            .AddOutreachScheduling(builder.Configuration);
        configureServices?.Invoke(builder.Services);
        if (mode == HostMode.Service)
        {
            builder.Services.AddHostedService<ScheduleBootstrapper>();
            builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }

        return builder.Build();
    }

    /// <summary>The folder holding appsettings.json: the working directory when it has one, else the program's own.</summary>
    private static string FindContentRoot() =>
        File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"))
            ? Directory.GetCurrentDirectory()
            : AppContext.BaseDirectory;
}
