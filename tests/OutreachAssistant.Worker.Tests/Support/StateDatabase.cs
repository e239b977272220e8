using Microsoft.Data.Sqlite;

namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>Reads a data folder's state file as it is on disk, read-only and unpooled, so a test never holds it open.</summary>
public static class StateDatabase
{
    public static async Task<object?> ScalarAsync(string dataDirectory, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "state.db")};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public static async Task<long> CountAsync(string dataDirectory, string sql) => (long)(await ScalarAsync(dataDirectory, sql))!;
}
