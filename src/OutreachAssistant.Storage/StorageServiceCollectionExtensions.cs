using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace OutreachAssistant.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the state store on a SQLite file.</summary>
    public static IServiceCollection AddOutreachSqliteStorage(this IServiceCollection services, string databasePath)
    {
        services.AddDbContextFactory<OutreachDbContext>(options =>
            options.UseSqlite($"Data Source={databasePath};Pooling=False"));
        services.AddSingleton<OutreachStore>();
        services.AddSingleton<IDraftLedger, DraftLedger>();
        return services;
    }
}
