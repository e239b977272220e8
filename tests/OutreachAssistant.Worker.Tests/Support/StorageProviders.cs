using OutreachAssistant.Storage;

namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>
/// The providers a store test runs on: SQLite always, PostgreSQL where a server can be started (where not,
/// <c>PostgreSqlServerTests</c> is skipped with the reason).
/// </summary>
public static class StorageProviders
{
    public static TheoryData<StorageProvider> Available
    {
        get
        {
            var providers = new TheoryData<StorageProvider> { StorageProvider.Sqlite };
            if (PostgreSqlBinaries.WhyUnavailable is null)
            {
                providers.Add(StorageProvider.PostgreSql);
            }

            return providers;
        }
    }

    /// <summary>Points the world's hosts at a database of their own on <paramref name="server"/>, or leaves them on SQLite.</summary>
    public static async Task UseAsync(this SandboxWorld world, StorageProvider provider, PostgreSqlServer server)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(server);
        if (provider == StorageProvider.PostgreSql)
        {
            world.Overrides[$"{StorageOptions.SectionName}:Provider"] = nameof(StorageProvider.PostgreSql);
            world.Overrides[$"{StorageOptions.SectionName}:ConnectionString"] = await server.CreateDatabaseAsync();
        }
    }
}
