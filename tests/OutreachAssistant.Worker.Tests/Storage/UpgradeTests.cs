using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using OutreachAssistant.Core.Digest;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Commands;
using OutreachAssistant.Worker.Hosting;

namespace OutreachAssistant.Worker.Tests.Storage;

/// <summary>
/// The data folder of the last release before migrations (the demo, run on 30 November 2026 at 19:03 UTC with
/// commit 96beb36; then its follow-up draft deleted in the mailbox, and run again) opened by this version.
/// </summary>
public sealed class UpgradeTests : IAsyncDisposable
{
    private static readonly DateTimeOffset MadeAt = new(2026, 11, 30, 19, 3, 30, TimeSpan.Zero);
    private readonly string root = Directory.CreateTempSubdirectory("outreach-upgrade-").FullName;

    public UpgradeTests()
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "release-327947862");
        Directory.CreateDirectory(Data);
        foreach (var file in Directory.GetFiles(fixture, "*.db"))
        {
            File.Copy(file, Path.Combine(Data, Path.GetFileName(file)));
        }
    }

    private string Data => Path.Combine(root, "data");

    private string State => Path.Combine(Data, "state.db");

    [Fact]
    public async Task StateOfTheLastStampedRelease_Upgraded_KeepsThreadsDraftsAndTheDeletedDraft()
    {
        Assert.Equal(StateSchema.LastStampedRelease, Convert.ToInt32(await ScalarAsync(State, "PRAGMA user_version"), CultureInfo.InvariantCulture));
        var threadsBefore = await RowsAsync(State, "SELECT Id || ' ' || State || ' ' || coalesce(NextActionAt, '') FROM Threads");
        var draftsBefore = await RowsAsync(State, "SELECT DraftKey || ' ' || MessageId FROM Drafts");
        var mailboxBefore = await ScalarAsync(Path.Combine(Data, "sandbox.db"), "SELECT count(*) FROM messages");

        // The user deleted the one draft the release made; its record must keep it from being made again.
        var created = await RunOnceAsync(MadeAt.AddMinutes(30));

        Assert.Equal(0, created);

        // The demo's answered thread has waited more than two working days for the user's reply: since the your-turn
        // rule it says so, with the same next action (the keep-in-touch update).
        Assert.Equal(
            threadsBefore.Select(t => t.Replace(" Answered ", " YourTurn ", StringComparison.Ordinal)),
            await RowsAsync(State, "SELECT Id || ' ' || State || ' ' || coalesce(NextActionAt, '') FROM Threads"));
        Assert.Equal(draftsBefore, await RowsAsync(State, "SELECT DraftKey || ' ' || MessageId FROM Drafts"));
        Assert.Equal(mailboxBefore, await ScalarAsync(Path.Combine(Data, "sandbox.db"), "SELECT count(*) FROM messages"));
        Assert.Equal(
            [StateSchema.BaselineMigration, .. MigrationsAfterTheBaseline()],
            await RowsAsync(State, "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId"));

        // Every message was read and tracked again after the upgrade (what the release may have lost is found).
        Assert.Equal(0L, await ScalarAsync(State, "SELECT count(*) FROM Messages WHERE TrackedAt IS NULL"));
        Assert.Equal(2L, await ScalarAsync(State, "SELECT count(*) FROM SyncCursors"));
    }

    [Fact]
    public async Task ScheduleOfTheLastStampedRelease_KeptByTheService()
    {
        var schedule = Path.Combine(Data, "schedule.db");
        var wakeUps = await RowsAsync(schedule, "SELECT TRIGGER_NAME FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = 'follow-up' ORDER BY TRIGGER_NAME");
        Assert.Equal(3, wakeUps.Count);

        using (var host = Build(HostMode.Service, MadeAt.AddMinutes(30)))
        {
            await host.StartAsync();
            await host.StopAsync();
        }

        // Every wake-up is kept. Since migration ThreadWakeUp a drafted thread also wakes up when it moves on, so the
        // release's drafted thread may gain one (whether its first wake-up ran before the stop is a matter of timing;
        // if not, its stored wake-up schedules it at the next start): the only addition there may be.
        var kept = await RowsAsync(schedule, "SELECT TRIGGER_NAME FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = 'follow-up' ORDER BY TRIGGER_NAME");
        Assert.Empty(wakeUps.Except(kept));
        Assert.Empty(kept.Except(wakeUps).Except(await RowsAsync(State, "SELECT Id FROM Threads WHERE State = 'Drafted'")));
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }

    private async Task<int> RunOnceAsync(DateTimeOffset now)
    {
        using var host = Build(HostMode.Command, now);
        await host.StartAsync();
        var created = (await host.Services.GetRequiredService<OnceRunner>().RunAsync(CancellationToken.None)).Created;
        await host.StopAsync();
        return created;
    }

    /// <summary>
    /// The shipped settings: the embedded sandbox, whose file the fixture holds, so it is not seeded again. The
    /// weekly digest is left out: its note would count among the mailbox's messages, which show that nothing was
    /// drafted again (the digest has tests of its own).
    /// </summary>
    private IHost Build(HostMode mode, DateTimeOffset now) => OutreachHost.Build(
        mode,
        new Dictionary<string, string?> { [$"{StorageOptions.SectionName}:DataDirectory"] = Data, [$"{DigestOptions.SectionName}:Enabled"] = "false" },
        new FakeTimeProvider(now),
        RepositoryRoot());

    private static IEnumerable<string> MigrationsAfterTheBaseline()
    {
        using var db = new DesignTimeContextFactory().CreateDbContext([]);
        return [.. Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetMigrations(db.Database)
            .Where(m => string.CompareOrdinal(m, StateSchema.BaselineMigration) > 0)];
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(folder.FullName, "seeds")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository's appsettings.json was not found above the test folder.");
    }

    private static async Task<object?> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task<List<string>> RowsAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
