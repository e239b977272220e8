using Microsoft.Data.Sqlite;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Crash;

/// <summary>
/// <c>kill -9</c> while a first run migrates its new state file leaves EF Core's migration lock behind: a row in
/// <c>__EFMigrationsLock</c>. Found by <c>KillNineTests</c> under load (a random kill landed in the migrations and
/// the next run hung until the test gave up); the row is put there by hand here, as such a kill leaves it.
/// </summary>
public sealed class LeftMigrationLockTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("outreach-migration-lock-").FullName;

    [Fact]
    public async Task RunOnce_MigrationLockLeftByAKilledProcess_RunsToItsEnd()
    {
        var data = Path.Combine(root, "data");
        var environment = ProgramRun.Environment(data);
        var first = await ProgramRun.RunAsync(environment, "run", "--once");
        Assert.True(first.ExitCode == 0, first.ToString());
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(data, "state.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // A new file is now made by a script without EF Core's lock table; a file an earlier version migrated has it.
            command.CommandText = """
                CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-12-01 07:00:00+00:00');
                """;
            await command.ExecuteNonQueryAsync();
        }

        // Before the fix, this run waited on the row until the test's limit killed it.
        var next = await ProgramRun.RunAsync(environment, "run", "--once");

        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Equal(0L, await StateDatabase.CountAsync(data, "SELECT count(*) FROM __EFMigrationsLock"));
    }

    /// <summary>
    /// Killed at the very start of a first run: EF Core had made its lock table (and taken the lock) but not yet its
    /// history. Seen in <c>KillNineTests</c>: the next run refused the file as "schema 0" of an unknown version.
    /// </summary>
    [Fact]
    public async Task RunOnce_NewFileHoldingOnlyTheMigrationLock_IsMigratedAndRunsToItsEnd()
    {
        var data = Directory.CreateDirectory(Path.Combine(root, "data")).FullName;
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(data, "state.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-12-01 07:00:00+00:00');
                """;
            await command.ExecuteNonQueryAsync();
        }

        var run = await ProgramRun.RunAsync(ProgramRun.Environment(data), "run", "--once");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(0L, await StateDatabase.CountAsync(data, "SELECT count(*) FROM __EFMigrationsLock"));
        Assert.True(await StateDatabase.CountAsync(data, "SELECT count(*) FROM Threads") > 0, "the demo's threads were not tracked");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }
}
