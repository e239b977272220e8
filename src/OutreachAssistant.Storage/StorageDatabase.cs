using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;

namespace OutreachAssistant.Storage;

/// <summary>
/// Which database the state and the schedule are in, read from the configuration when the host is built: the store
/// and Quartz are registered before any option can be resolved. A bad choice stops start-up naming the key.
/// </summary>
public sealed record StorageDatabase(StorageProvider Provider, string ConnectionString)
{
    public const string ProviderKey = $"{StorageOptions.SectionName}:{nameof(StorageOptions.Provider)}";

    public const string ConnectionStringKey = $"{StorageOptions.SectionName}:{nameof(StorageOptions.ConnectionString)}";

    public bool IsPostgreSql => Provider == StorageProvider.PostgreSql;

    /// <summary>
    /// What the store and Quartz connect with: the user's connection string with No Reset On Close. Otherwise Npgsql
    /// resets a pooled connection (DISCARD ALL, a transaction of its own on the server) each time one is taken
    /// again: 15 of the 35 transactions an idle sync of a mailbox cost (bench/office). Nothing of ours leaves state
    /// on a pooled session: every advisory lock taken on one is let go explicitly or ends with its transaction.
    /// </summary>
    public string PooledConnectionString => new NpgsqlConnectionStringBuilder(ConnectionString) { NoResetOnClose = true }.ConnectionString;

    /// <exception cref="OptionsValidationException">The provider is unknown, or the connection string is missing, malformed or given to SQLite.</exception>
    public static StorageDatabase Resolve(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var named = configuration[ProviderKey];
        var provider = StorageProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(named) && (!Enum.TryParse(named.Trim(), ignoreCase: true, out provider) || !Enum.IsDefined(provider)))
        {
            throw Invalid($"{ProviderKey} must be Sqlite or PostgreSql (was \"{named}\").");
        }

        var database = new StorageDatabase(provider, configuration[ConnectionStringKey]?.Trim() ?? string.Empty);
        return database.Problem() is { } problem ? throw Invalid(problem) : database;
    }

    /// <summary>What is wrong with the pair, in one line naming the key; null when nothing is.</summary>
    public string? Problem()
    {
        if (!IsPostgreSql)
        {
            return ConnectionString.Length == 0
                ? null
                : $"{ConnectionStringKey} is read only with {ProviderKey} PostgreSql (it is Sqlite): remove it, or set {ProviderKey} to PostgreSql.";
        }

        if (ConnectionString.Length == 0)
        {
            return $"{ConnectionStringKey} is required with {ProviderKey} PostgreSql: set it in the environment as {StorageOptions.SectionName}__{nameof(StorageOptions.ConnectionString)} (e.g. Host=db;Database=outreach;Username=outreach;Password=…).";
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(ConnectionString);
            return null;
        }
        catch (ArgumentException ex)
        {
            // Npgsql's message names the keyword it did not understand, never a value.
            return $"{ConnectionStringKey} is not a PostgreSQL connection string: {ex.Message}";
        }
    }

    private static OptionsValidationException Invalid(string message) => new(ProviderKey, typeof(StorageOptions), [message]);
}
