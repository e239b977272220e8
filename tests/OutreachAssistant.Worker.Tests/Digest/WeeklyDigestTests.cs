using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OutreachAssistant.Core.Digest;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Commands;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Mailboxes;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Digest;

/// <summary>
/// The weekly digest: on the digest's day in working hours, one unread message (not a draft) in the Inbox from the
/// user to the user, telling what waits for them; exactly once a week, even when a run dies between making it and
/// recording it.
/// </summary>
public sealed class WeeklyDigestTests
{
    /// <summary>Monday 30 November 2026, 10:00 in New York: the mailbox's zone.</summary>
    private static readonly DateTimeOffset MondayMorning = new(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunOnce_MondayInWorkingHours_OneUnreadDigestInTheInboxTellingOfTheDraft()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")], MondayMorning);

        await world.RunOnceAsync();
        world.Clock.Advance(TimeSpan.FromHours(2));
        await world.RunOnceAsync();

        var digest = Assert.Single(await DigestsAsync(world));
        Assert.Equal("Your outreach week: 1 draft to review", digest.GetProperty("subject").GetString());
        Assert.Equal(("inbox", false, false), (digest.GetProperty("folder").GetString(), digest.GetProperty("isDraft").GetBoolean(), digest.GetProperty("isRead").GetBoolean()));
        Assert.Equal("amira.haddad@outlook.example", digest.GetProperty("from").GetProperty("emailAddress").GetProperty("address").GetString());
        var body = digest.GetProperty("body").GetProperty("content").GetString();
        Assert.Contains("Drafts waiting for you in your Inbox (1)\n- Dr. Jane Smith <", body, StringComparison.Ordinal);
        Assert.Single(await world.DraftsAsync());
    }

    [Fact]
    public async Task RunOnce_TheNextMonday_TheNextWeeksDigest()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")], MondayMorning);
        await world.RunOnceAsync();

        world.Clock.Advance(TimeSpan.FromDays(7));
        await world.RunOnceAsync();

        Assert.Equal(2, (await DigestsAsync(world)).Count);
    }

    [Fact]
    public async Task RunOnce_BeforeWorkingHoursOrWithoutOutreachOrTurnedOff_NoDigest()
    {
        await using var early = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")], MondayMorning.AddHours(-2));
        await early.RunOnceAsync();
        await using var empty = await SandboxWorld.StartAsync([], MondayMorning);
        await empty.RunOnceAsync();
        await using var off = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")], MondayMorning);
        off.Overrides[$"{DigestOptions.SectionName}:Enabled"] = "false";
        await off.RunOnceAsync();

        Assert.Empty(await DigestsAsync(early));
        Assert.Empty(await DigestsAsync(empty));
        Assert.Empty(await DigestsAsync(off));
    }

    [Fact]
    public async Task RunOnce_RunDiedAfterMakingTheDigestBeforeRecordingIt_FoundByItsKeyNotMadeAgain()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")], MondayMorning);
        await world.RunOnceAsync();
        var made = Assert.Single(await DigestsAsync(world)).GetProperty("id").GetString();

        // What a process killed between the create and the record leaves: its claim, and no message id.
        await ExecuteAsync(world, "UPDATE Digests SET MessageId = NULL, MadeAt = NULL, Holder = 'a-process-that-died'");
        world.Clock.Advance(TimeSpan.FromMinutes(30));
        await world.RunOnceAsync();

        Assert.Single(await DigestsAsync(world));
        Assert.Equal(made, await StateDatabase.ScalarAsync(Path.Combine(world.Root, "data"), "SELECT MessageId FROM Digests"));
    }

    [Fact]
    public async Task RunOnce_TheDigestItself_NotTrackedAndNoMessageSkipped()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")], MondayMorning);
        await world.RunOnceAsync();
        world.Clock.Advance(TimeSpan.FromHours(1));
        await world.RunOnceAsync();

        var snapshot = await world.SnapshotAsync();

        Assert.Single(snapshot.Threads);
        Assert.Equal(0, await StateDatabase.CountAsync(Path.Combine(world.Root, "data"), "SELECT count(*) FROM SkippedMessages"));
    }

    [Fact]
    public async Task RunOnce_TheDemoOnAMonday_DigestInTheDemoInbox()
    {
        var root = Directory.CreateTempSubdirectory("outreach-digest-demo-").FullName;
        var settings = new Dictionary<string, string?> { [$"{StorageOptions.SectionName}:DataDirectory"] = Path.Combine(root, "data") };
        using var host = OutreachHost.Build(HostMode.Command, settings, new FakeTimeProvider(MondayMorning), AppContext.BaseDirectory);
        await host.StartAsync();
        try
        {
            await host.Services.GetRequiredService<OnceRunner>().RunAsync(CancellationToken.None);
            var mailbox = await host.Services.GetRequiredService<MailboxConnections>().GetAsync("demo", CancellationToken.None);

            var digest = Assert.Single(await mailbox.FindDraftStatesAsync("demo/digest/2026-11-30", CancellationToken.None));

            Assert.Equal((MailFolderKind.Inbox, false), (digest.Folder, digest.IsDraft));
        }
        finally
        {
            await host.StopAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<IReadOnlyList<JsonElement>> DigestsAsync(SandboxWorld world) =>
        [.. (await world.MessagesAsync()).Where(m => m.GetProperty("subject").GetString()?.StartsWith("Your outreach week", StringComparison.Ordinal) == true)];

    private static async Task ExecuteAsync(SandboxWorld world, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(world.Root, "data", "state.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
