using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Storage;

/// <summary>The state file's schema is made by migrations; a file this version cannot upgrade is refused, never altered.</summary>
public sealed class StateSchemaTests
{
    [Fact]
    public async Task NewStateFile_MadeByEveryMigration_AndKeptAtTheNextStart()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-3d")]);
        await world.RunOnceAsync();

        var history = await ScalarAsync(StateFileOf(world), "SELECT group_concat(MigrationId) FROM __EFMigrationsHistory");
        await world.RunOnceAsync();

        Assert.Equal(string.Join(",", await KnownMigrationsAsync(world)), history);
        Assert.Equal(history, await ScalarAsync(StateFileOf(world), "SELECT group_concat(MigrationId) FROM __EFMigrationsHistory"));
        Assert.Single(await world.StatusAsync());

        // Write-ahead logging, so a sync's reads and another mailbox's writes never wait for each other.
        Assert.Equal("wal", await ScalarAsync(StateFileOf(world), "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task CurrentStateFile_OpenedWithoutMigrating_SoAMigratingProcessHoldsUpNoCommand()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-3d")]);
        await world.RunOnceAsync();

        // The OS lock every migration takes first, held as by another process migrating for ever.
        await using var migrating = new FileStream(StateFileOf(world) + ".migrating", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var threads = await world.StatusAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Single(threads);
    }

    [Fact]
    public async Task StateFileFromBeforeTheStamp_RefusedWithItsPathNamed_AndLeftAsItWas()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-3d")]);
        var path = StateFileOf(world);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await ExecuteAsync(path, """
            CREATE TABLE "Threads" ("Id" TEXT NOT NULL PRIMARY KEY, "State" TEXT NOT NULL);
            INSERT INTO "Threads" VALUES ('amira-1', 'waiting');
            """);

        var error = await Assert.ThrowsAsync<StateSchemaMismatchException>(() => world.RunOnceAsync());

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("schema 0;", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await UserVersionAsync(path));
        Assert.Equal("waiting", await ScalarAsync(path, "SELECT State FROM Threads WHERE Id = 'amira-1'"));
        Assert.Equal(1L, await ScalarAsync(path, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
    }

    [Fact]
    public async Task StateFileOfAnUnknownStamp_RefusedAtServiceStart_AndKeepsItsStamp()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-3d")]);
        var path = StateFileOf(world);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await ExecuteAsync(path, """
            CREATE TABLE "Threads" ("Id" TEXT NOT NULL PRIMARY KEY);
            PRAGMA user_version = 12345;
            """);

        using var host = world.BuildHost(HostMode.Service);
        var error = await Assert.ThrowsAsync<StateSchemaMismatchException>(() => host.StartAsync());

        Assert.Contains("schema 12345;", error.Message, StringComparison.Ordinal);
        Assert.Equal(12345, await UserVersionAsync(path));
    }

    [Fact]
    public async Task StateFileOfANewerVersion_RefusedWithTheMigrationNamed_AndLeftAsItWas()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-3d")]);
        await world.RunOnceAsync();
        var path = StateFileOf(world);
        await ExecuteAsync(path, "INSERT INTO __EFMigrationsHistory VALUES ('29990101000000_FromTheFuture', '99.0.0');");

        var error = await Assert.ThrowsAsync<StateSchemaMismatchException>(() => world.RunOnceAsync());

        Assert.Contains("newer version", error.Message, StringComparison.Ordinal);
        Assert.Contains("29990101000000_FromTheFuture", error.Message, StringComparison.Ordinal);
        Assert.Equal(1L, await ScalarAsync(path, "SELECT count(*) FROM __EFMigrationsHistory WHERE MigrationId LIKE '2999%'"));
    }

    private static string StateFileOf(SandboxWorld world) => Path.Combine(world.Root, "data", "state.db");

    private static async Task<IReadOnlyList<string>> KnownMigrationsAsync(SandboxWorld world)
    {
        using var host = world.BuildHost(HostMode.Command);
        var contexts = host.Services.GetRequiredService<IDbContextFactory<OutreachDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return [.. db.Database.GetMigrations()];
    }

    private static async Task<int> UserVersionAsync(string path) =>
        Convert.ToInt32(await ScalarAsync(path, "PRAGMA user_version"), CultureInfo.InvariantCulture);

    private static async Task<object?> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
