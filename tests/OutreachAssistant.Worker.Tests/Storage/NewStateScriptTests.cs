using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Storage;

/// <summary>
/// A new SQLite state file gets its schema from <see cref="NewStateScript"/> in one transaction, not from EF Core's
/// migrator: the script must stay what the migrations write, and the file it makes the one migrating makes.
/// </summary>
public sealed class NewStateScriptTests : IDisposable
{
    private const string WriteItAgain = "the migrations changed: in src/OutreachAssistant.Storage run `dotnet ef migrations script --context OutreachDbContext --no-transactions -o NewStateScript.sql`";

    private readonly string root = Directory.CreateTempSubdirectory("outreach-new-state-").FullName;

    [Fact]
    public void Script_IsWhatTheMigrationsWrite()
    {
        using var db = new DesignTimeContextFactory().CreateDbContext([]);
        var written = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.NoTransactions);

        Assert.True(Normalized(written) == Normalized(NewStateScript.Text), WriteItAgain);
    }

    [Fact]
    public async Task NewFile_HasWhatMigratingMakes_WithoutEfCoresMigrator()
    {
        var scripted = Path.Combine(root, "scripted.db");
        var migrated = Path.Combine(root, "migrated.db");
        await using (var db = Open(scripted))
        {
            await StateMigrations.MigrateAsync(db, CancellationToken.None);
        }

        await using (var db = Open(migrated))
        {
            await db.Database.MigrateAsync();
        }

        Assert.Equal(await RowsAsync(migrated, Schema), await RowsAsync(scripted, Schema));
        Assert.Equal(await RowsAsync(migrated, History), await RowsAsync(scripted, History));

        // EF Core's migrator makes its lock table before anything else; the script makes none.
        Assert.Single(await RowsAsync(migrated, LockTable));
        Assert.Empty(await RowsAsync(scripted, LockTable));
    }

    /// <summary>Processes that start together on a new data folder make its state once, and each goes on to its end.</summary>
    [Fact]
    public async Task FourCommandsAtOnceOnANewFolder_EachEndsWell_AndEveryMigrationIsRecordedOnce()
    {
        var data = Path.Combine(root, "data");
        var environment = ProgramRun.Environment(data);

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ProgramRun.RunAsync(environment, "status")));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.ToString()));
        await using var db = new DesignTimeContextFactory().CreateDbContext([]);
        var known = db.Database.GetMigrations().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(known, await RowsAsync(Path.Combine(data, "state.db"), History));
    }

    /// <summary>
    /// The files a process killed in the middle of the script leaves: the state file with some of the script's pages
    /// already in it, and the journal of what was there before. The next start finds a new file again and makes it.
    /// </summary>
    [Fact]
    public async Task KilledInsideTheScript_TheNextStartMakesTheFileAfresh()
    {
        var data = Directory.CreateDirectory(Path.Combine(root, "data")).FullName;

        // A small cache gets the script's pages into the file before its end, as a larger first transaction's would.
        await CrashImage.LeaveAsync(Path.Combine(root, "making.db"), Path.Combine(data, "state.db"), string.Empty, NewStateScript.Text);

        Assert.True(File.Exists(Path.Combine(data, "state.db-journal")), "no journal was left");
        Assert.True(new FileInfo(Path.Combine(data, "state.db")).Length > 0, "none of the script's pages had reached the file");

        var next = await ProgramRun.RunAsync(ProgramRun.Environment(data), "status");

        Assert.True(next.ExitCode == 0, next.ToString());
        await using var db = new DesignTimeContextFactory().CreateDbContext([]);
        Assert.Equal(db.Database.GetMigrations().Order(StringComparer.Ordinal), await RowsAsync(Path.Combine(data, "state.db"), History));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    private const string Schema = "SELECT type || ' ' || name || ' ' || tbl_name || ' ' || coalesce(sql, '') FROM sqlite_master WHERE name <> '__EFMigrationsLock' ORDER BY type, name";

    private const string History = "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId";

    private const string LockTable = "SELECT name FROM sqlite_master WHERE name = '__EFMigrationsLock'";

    private static OutreachDbContext Open(string file) =>
        new(new DbContextOptionsBuilder<OutreachDbContext>().UseSqlite($"Data Source={file};Pooling=False").Options);

    private static string Normalized(string script) => script.ReplaceLineEndings("\n").Trim();

    private static async Task<List<string>> RowsAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
