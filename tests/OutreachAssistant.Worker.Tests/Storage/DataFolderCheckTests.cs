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

    /// <summary>
    /// The first transaction on a new file, outgrowing SQLite's cache, writes pages before the header: killed then, it
    /// leaves a file that does not read as SQLite and the journal of the empty file. Seen by
    /// <c>NewStateScriptTests</c>: the check took it for "not a SQLite database" and the next start stopped.
    /// </summary>
    [Fact]
    public async Task NewFileLeftMidItsFirstTransaction_IsSound_AndRolledBackToEmpty()
    {
        var live = Path.Combine(root, "live.db");
        var crashed = Path.Combine(root, "state.db");
        await using (var connection = new SqliteConnection($"Data Source={live};Pooling=False"))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, "PRAGMA cache_size = 1; BEGIN IMMEDIATE; CREATE TABLE filler(x);");
            for (var i = 0; i < 200; i++)
            {
                await ExecuteAsync(connection, "INSERT INTO filler VALUES (zeroblob(1000));");
            }

            File.Copy(live, crashed);
            File.Copy(live + "-journal", crashed + "-journal");
        }

        Assert.Equal(SqliteFileKind.Foreign, await SqliteFileHeader.ReadAsync(crashed, CancellationToken.None));

        Assert.Null(await DataFolderCheck.CheckFileAsync(crashed, CancellationToken.None));
        Assert.Equal(0, new FileInfo(crashed).Length);
    }

    /// <summary>A file of something else keeps being refused, and untouched, whatever lies beside it named like a journal.</summary>
    [Fact]
    public async Task ForeignFileWithAJournalNamedBesideIt_IsNotADatabase_AndLeftAsItWas()
    {
        var file = Path.Combine(root, "state.db");
        await File.WriteAllTextAsync(file, "threads,drafts\namira-1,0\n");
        await File.WriteAllTextAsync(file + "-journal", "not a journal either");

        var fault = await DataFolderCheck.CheckFileAsync(file, CancellationToken.None);

        Assert.NotNull(fault);
        Assert.Contains("is not a SQLite database", fault.Line, StringComparison.Ordinal);
        Assert.Equal("threads,drafts\namira-1,0\n", await File.ReadAllTextAsync(file));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
