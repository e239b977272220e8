using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace OutreachAssistant.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the state store on a SQLite file. Interceptors registered as services (a test's command counter) are applied.</summary>
    public static IServiceCollection AddOutreachSqliteStorage(this IServiceCollection services, string databasePath)
    {
        services.AddDbContextFactory<OutreachDbContext>((provider, options) => options
            .UseSqlite($"Data Source={databasePath};Pooling=False")
            .AddInterceptors(provider.GetServices<IInterceptor>()));
        return services.AddStore();
    }

    /// <summary>Registers the state store on a PostgreSQL database that several nodes share. Interceptors registered as services are applied.</summary>
    public static IServiceCollection AddOutreachPostgreSqlStorage(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextFactory<PostgreSqlOutreachDbContext>((provider, options) => options
            .UseNpgsql(connectionString)
            .AddInterceptors(provider.GetServices<IInterceptor>()));
        services.AddSingleton<IDbContextFactory<OutreachDbContext>>(sp =>
            new UpcastContextFactory<PostgreSqlOutreachDbContext>(sp.GetRequiredService<IDbContextFactory<PostgreSqlOutreachDbContext>>()));
        return services.AddStore();
    }

    private static IServiceCollection AddStore(this IServiceCollection services)
    {
        services.AddSingleton<StateMigrator>();
        services.AddSingleton<ThreadStore>();
        services.AddSingleton<MessageLog>();
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
}
