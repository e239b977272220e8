using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OutreachAssistant.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds and checks <see cref="StorageOptions"/>, and registers the state on the database the settings chose: a SQLite
    /// file (one node) or PostgreSQL (shared by every node), with its repositories. Interceptors registered as services
    /// (a test's command counter) are applied.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="database">The engine and connection, resolved from the settings before the host is built (<see cref="StorageDatabase.Resolve"/>).</param>
    /// <param name="sqliteFile">The state file, on SQLite.</param>
    public static IServiceCollection AddOutreachStorage(this IServiceCollection services, StorageDatabase database, string sqliteFile)
    {
        ArgumentNullException.ThrowIfNull(database);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton(database);
        if (database.IsPostgreSql)
        {
            services.AddDbContextFactory<PostgreSqlOutreachDbContext>((provider, options) => options
                .UseNpgsql(database.PooledConnectionString)
                .ConfigureWarnings(SkipPendingModelCheck)
                .AddInterceptors(provider.GetServices<IInterceptor>()));
            services.AddSingleton<IDbContextFactory<OutreachDbContext>>(sp =>
                new UpcastContextFactory<PostgreSqlOutreachDbContext>(sp.GetRequiredService<IDbContextFactory<PostgreSqlOutreachDbContext>>()));
        }
        else
        {
            // Connections are pooled: every unit of work opened the file afresh, read its schema, and read again the
            // pages the one before had cached; on a first sync that was a tenth of the time (bench/first-sync).
            services.AddDbContextFactory<OutreachDbContext>((provider, options) => options
                .UseSqlite($"Data Source={sqliteFile}")
                .ConfigureWarnings(SkipPendingModelCheck)
                .AddInterceptors(provider.GetServices<IInterceptor>()));
        }

        services.AddSingleton<StateMigrator>();
        services.AddSingleton<ThreadStore>();
        services.AddSingleton<MessageLog>();
        services.AddSingleton<MailboxBatches>();
        services.AddSingleton<SyncCursors>();
        services.AddSingleton<SkippedMessageLog>();
        services.AddSingleton<MailboxHealth>();
        services.AddSingleton<MailboxProfiles>();
        services.AddSingleton<FindingLog>();
        services.AddSingleton<IDraftLedger, DraftLedger>();
        services.AddSingleton<DraftClaimHolders>();
        services.AddSingleton<DigestLedger>();
        services.AddSingleton<WeekInReviewReader>();
        return services;
    }

    /// <summary>
    /// EF Core compares the model with the last migration's at every start, a sixth of the time it takes to migrate;
    /// that they agree is a test's job (ModelSnapshotTests), not every run's.
    /// </summary>
    private static void SkipPendingModelCheck(WarningsConfigurationBuilder warnings) => warnings.Ignore(RelationalEventId.PendingModelChangesWarning);
}
