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
        services.AddSingleton<OutreachStore>();
        services.AddSingleton<IDraftLedger, DraftLedger>();
        services.AddSingleton<MailboxProfiles>();
        services.AddSingleton<DigestLedger>();
        services.AddSingleton<WeekInReviewReader>();
        services.AddSingleton<SyncTimes>();
        return services;
    }
}
