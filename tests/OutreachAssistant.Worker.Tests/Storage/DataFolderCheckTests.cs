using Microsoft.Data.Sqlite;
using OutreachAssistant.Worker.StorageFaults;

namespace OutreachAssistant.Worker.Tests.Storage;

/// <summary>What the check at start takes for sound: what a crash leaves behind is SQLite's to recover, not a fault.</summary>
public sealed class DataFolderCheckTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("outreach-data-folder-check-").FullName;

    /// <summary>A rollback journal left by a process killed mid-transaction (schedule.db is Quartz's, in that mode).</summary>
    [Fact]
    public async Task FileLeftMidTransactionByACrash_IsSound_AndRolledBackBySqlite()
    {
        var live = Path.Combine(root, "live.db");
        var crashed = Path.Combine(root, "schedule.db");
        await using (var connection = new SqliteConnection($"Data Source={live};Pooling=False"))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, "CREATE TABLE triggers(name TEXT); INSERT INTO triggers VALUES ('kept');");

            // A one-page cache spills the open transaction's pages into the file, its journal holding the old ones.
            await ExecuteAsync(connection, "PRAGMA cache_size = 1; BEGIN IMMEDIATE; CREATE TABLE filler(x);");
            for (var i = 0; i < 200; i++)
            {
                await ExecuteAsync(connection, $"INSERT INTO filler VALUES (zeroblob(1000));");
            }

            // The files as the power cut found them.
            File.Copy(live, crashed);
            File.Copy(live + "-journal", crashed + "-journal");
        }

        Assert.Null(await DataFolderCheck.CheckFileAsync(crashed, CancellationToken.None));
        await using var reopened = new SqliteConnection($"Data Source={crashed};Mode=ReadOnly;Pooling=False");
        await reopened.OpenAsync();
        await using var tables = reopened.CreateCommand();
        tables.CommandText = "SELECT group_concat(name) FROM sqlite_master WHERE type = 'table'";
        Assert.Equal("triggers", await tables.ExecuteScalarAsync());
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
