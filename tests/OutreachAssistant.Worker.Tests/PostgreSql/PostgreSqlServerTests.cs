using Npgsql;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.PostgreSql;

/// <summary>The shared server starts; where it cannot, this test is skipped with the reason, and the store tests run on SQLite alone.</summary>
[Collection(SharedPostgreSqlServer.Name)]
public sealed class PostgreSqlServerTests(PostgreSqlServer postgres)
{
    [PostgreSqlFact]
    public async Task Server_NewDatabase_AcceptsConnections()
    {
        await using var connection = new NpgsqlConnection(await postgres.CreateDatabaseAsync());
        await connection.OpenAsync();
        await using var version = new NpgsqlCommand("SHOW server_version_num", connection);

        Assert.True(int.Parse((string)(await version.ExecuteScalarAsync())!, System.Globalization.CultureInfo.InvariantCulture) >= 130000);
    }
}
