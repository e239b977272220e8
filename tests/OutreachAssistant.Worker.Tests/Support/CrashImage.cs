using Microsoft.Data.Sqlite;

namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>
/// The files a process killed in the middle of a SQLite transaction leaves, made without a kill: the transaction is
/// held open with a one-page cache, so its pages spill into the file and the journal keeps what was there before,
/// and the file and its journal are copied at that instant. The copy is what the next start finds.
/// </summary>
public static class CrashImage
{
    /// <param name="live">The file worked on; it is left as the transaction's rollback makes it.</param>
    /// <param name="crashed">Where the file and its journal are copied, as a kill would leave them.</param>
    /// <param name="committed">SQL committed before the transaction (empty: the file is new).</param>
    /// <param name="uncommitted">SQL run inside the transaction that the kill interrupts.</param>
    public static async Task LeaveAsync(string live, string crashed, string committed, string uncommitted)
    {
        await using var connection = new SqliteConnection($"Data Source={live};Pooling=False");
        await connection.OpenAsync();
        await ExecuteAsync(connection, null, committed + "PRAGMA cache_size = 1;");
        await using var transaction = connection.BeginTransaction();
        await ExecuteAsync(connection, transaction, uncommitted);
        File.Copy(live, crashed);
        File.Copy(live + "-journal", crashed + "-journal");
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
