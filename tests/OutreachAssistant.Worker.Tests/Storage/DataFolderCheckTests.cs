using Microsoft.Data.Sqlite;
using OutreachAssistant.Worker.StorageFaults;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Storage;

/// <summary>What the check at start takes for sound: what a crash leaves behind is SQLite's to recover, not a fault.</summary>
public sealed class DataFolderCheckTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("outreach-data-folder-check-").FullName;

    /// <summary>A rollback journal left by a process killed mid-transaction (schedule.db is Quartz's, in that mode).</summary>
    [Fact]
    public async Task FileLeftMidTransactionByACrash_IsSound_AndRolledBackBySqlite()
    {
        var crashed = Path.Combine(root, "schedule.db");
        await CrashImage.LeaveAsync(Path.Combine(root, "live.db"), crashed, "CREATE TABLE triggers(name TEXT); INSERT INTO triggers VALUES ('kept');", Filler);

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
        var crashed = Path.Combine(root, "state.db");
        await CrashImage.LeaveAsync(Path.Combine(root, "live.db"), crashed, string.Empty, Filler);

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

    /// <summary>A transaction of some 200 KB, far more than a one-page cache holds.</summary>
    private static readonly string Filler = "CREATE TABLE filler(x);" + string.Concat(Enumerable.Repeat("INSERT INTO filler VALUES (zeroblob(1000));", 200));

    public void Dispose() => Directory.Delete(root, recursive: true);
}
