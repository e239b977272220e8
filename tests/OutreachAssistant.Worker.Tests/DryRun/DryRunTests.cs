using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Graph;
using OutreachAssistant.Worker.Commands;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.DryRun;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.DryRun;

/// <summary>
/// <c>run --once --dry-run</c> syncs and plans as a real run does, on a copy of the state with read-only mailboxes:
/// it names the drafts it would make and why, sends Graph nothing but reads, and leaves the state and the mailbox as
/// they were, so that the next real run makes exactly those drafts.
/// </summary>
public sealed class DryRunTests
{
    private const string Placeholder = """
        Dear Dr. Okafor,

        I am Amira Haddad, a 2024 graduate applying to pediatrics, and I admire [Program Name]'s newborn care.
        Would you have 15 minutes in the coming weeks to advise me on observerships?

        Thank you for your time.

        Amira Haddad
        """;

    [Fact]
    public async Task DryRun_DueThreadsAStaleDraftAndAnEtiquetteFinding_NamesTheDraftsWritesNothing_ThenARealRunMakesExactlyThose()
    {
        await using var world = await SandboxWorld.StartAsync(
        [
            Outreach.ToDirector("-20d"),
            Outreach.ToDirector("-12d", "o5", "thread-5") with { To = ["Dr. Sam Park <spark@riverside.example.org>"], Subject = "Elective in cardiology" },
            Outreach.ToDirector("-3d", "o2", "thread-2") with { To = ["Dr. Ana Lopez <alopez@stmarys.example.org>"], Subject = "Question about research electives" },
            Outreach.ToDirector("-3d", "o3", "thread-3") with { To = ["mreyes@northgate.example.org"], Subject = "Observership inquiry" },
        ]);
        Assert.Equal(2, await world.RunOnceAsync());

        // Eight days on: the two younger outreaches are due, the director answered while our draft waits (it is now
        // stale), Dr. Park's draft still waits (it is on record: nothing more is due), and a new outreach went out
        // with an unfilled placeholder (an etiquette finding: a category).
        world.Clock.Advance(TimeSpan.FromDays(8));
        var outreach = (await world.MessagesAsync()).Single(m => m.GetProperty("subject").GetString() == Outreach.ToDirector("-20d").Subject);
        await world.DeliverAsync(Outreach.ReplyFromDirector("-1h") with { InReplyToId = outreach.GetProperty("id").GetString() });
        await world.DeliverAsync(Outreach.ToDirector("-2h", "o4", "thread-4") with { To = ["Dr. Chidi Okafor <cokafor@lakeshore.example.edu>"], Subject = "Pediatrics observership", Body = Placeholder });
        var stateBefore = Hash(world, OutreachPaths.StateFile);
        var scheduleBefore = Hash(world, OutreachPaths.ScheduleFile);
        var mailboxBefore = await MailboxAsync(world);

        var wire = new CountingWire();
        var dry = await world.DryRunAsync(s => s.AddSingleton(new GraphTransport { CreateHandler = () => wire }));

        Assert.Equal(0, wire.Writes);
        Assert.Empty(dry.Unserved);
        Assert.Equal(0, dry.Created);
        Assert.Contains(wire.Requests, r => r.StartsWith("GET ", StringComparison.Ordinal) && r.EndsWith("/messages/delta", StringComparison.Ordinal));
        Assert.Collection(
            dry.Planned.OrderBy(p => p.Subject, StringComparer.Ordinal),
            p =>
            {
                Assert.Equal("Would draft in amira: follow-up 1 to mreyes@northgate.example.org on \"Observership inquiry\"; why: " + p.Reason, DryRunReport.Line(p));
                Assert.StartsWith("follow-up due: no reply since ", p.Reason, StringComparison.Ordinal);
            },
            p =>
            {
                Assert.Equal("Would draft in amira: follow-up 1 to Dr. Ana Lopez <alopez@stmarys.example.org> on \"Question about research electives\"; why: " + p.Reason, DryRunReport.Line(p));
                Assert.StartsWith("follow-up due: no reply since ", p.Reason, StringComparison.Ordinal);
            });
        Assert.EndsWith(
            "Dry run: 2 draft(s) would be created; nothing was written to the mailbox or the state.\n",
            DryRunReport.ToText(dry.Planned).ReplaceLineEndings("\n"),
            StringComparison.Ordinal);

        Assert.Equal(stateBefore, Hash(world, OutreachPaths.StateFile));
        Assert.Equal(scheduleBefore, Hash(world, OutreachPaths.ScheduleFile));
        Assert.Equal(mailboxBefore, await MailboxAsync(world));

        // The real run makes exactly those drafts, and does what the dry run left out: the waiting draft marked
        // stale, the careless outreach tagged.
        wire.Reset();
        var draftsBefore = (await world.DraftsAsync()).Select(d => d.GetProperty("id").GetString()).ToHashSet();
        Assert.Equal(2, await world.RunOnceAsync(s => s.AddSingleton(new GraphTransport { CreateHandler = () => wire })));
        var made = (await world.DraftsAsync()).Where(d => !draftsBefore.Contains(d.GetProperty("id").GetString())).ToList();
        Assert.Equal(
            dry.Planned.Select(p => p.Slot.Key).Order(StringComparer.Ordinal),
            made.Select(KeyOf).Order(StringComparer.Ordinal));
        Assert.Equal(
            dry.Planned.Select(p => p.To.Single().Address).Order(StringComparer.Ordinal),
            made.Select(ToOf).Order(StringComparer.Ordinal));
        var messages = await world.MessagesAsync();
        Assert.Contains("Outreach: reply received", CategoriesOf(messages.Single(m => draftsBefore.Contains(m.GetProperty("id").GetString()) && ToOf(m) == Outreach.DirectorAddress)));
        Assert.Contains("Outreach: unfilled placeholder", CategoriesOf(messages.Single(m => m.GetProperty("subject").GetString() == "Pediatrics observership")));
        Assert.Contains(wire.Requests, r => r.StartsWith("PATCH ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DryRun_ADraftARunLeftHalfMade_LeftAloneForTheRealRun_WhichRecordsThatOne()
    {
        // The first run makes the draft and dies before it is moved and recorded: its claim stays in the store.
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-20d")]);
        await world.AddFaultAsync(new { method = "POST", path = "/move", status = 403 });
        Assert.Equal(0, await world.RunOnceAsync());
        var left = Assert.Single(await world.DraftsAsync());
        var mailboxBefore = await MailboxAsync(world);

        var dry = await world.DryRunAsync();

        Assert.Empty(dry.Unserved);
        var planned = Assert.Single(dry.Planned);
        Assert.Equal(mailboxBefore, await MailboxAsync(world));
        Assert.Equal(1, await world.RunOnceAsync());
        var recorded = Assert.Single(await world.DraftsAsync());
        Assert.Equal(planned.Slot.Key, KeyOf(recorded));
        Assert.Equal(KeyOf(left), KeyOf(recorded));
        Assert.Equal("inbox", recorded.GetProperty("folder").GetString());
    }

    [Fact]
    public async Task DryRun_KeepInTouchUpdatesOverTheDailyLimit_PlansOnlyWhatARealRunWouldMake()
    {
        // Three contacts answered seven months ago: each is due an update, and the mailbox may get one a day.
        await using var world = await SandboxWorld.StartAsync(Enumerable.Range(1, 3).SelectMany(n => new[]
        {
            Outreach.ToDirector("-214d", $"o{n}", $"thread-{n}") with { To = [$"Dr. Contact {n} <contact{n}@hospital{n}.example.org>"], Subject = $"Research question {n}" },
            Outreach.ReplyFromDirector("-212d", $"thread-{n}") with { Key = $"r{n}", From = $"Dr. Contact {n} <contact{n}@hospital{n}.example.org>", Subject = $"RE: Research question {n}", InReplyTo = $"o{n}" },
        }));
        world.Overrides[$"{FollowUpOptions.SectionName}:KeepInTouch:MaxPerDay"] = "1";

        var dry = await world.DryRunAsync();
        var made = await world.RunOnceAsync();

        var planned = Assert.Single(dry.Planned);
        Assert.StartsWith("Would draft in amira: keep-in-touch 1 to Dr. Contact ", DryRunReport.Line(planned), StringComparison.Ordinal);
        Assert.Equal(1, made);
        Assert.Equal(planned.Slot.Key, KeyOf(Assert.Single(await world.DraftsAsync())));
    }

    [Fact]
    public async Task DryRun_FirstEver_LeavesNoDatabaseInTheDataFolderAndNoScratchFolder()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-20d")]);
        string scratch;
        using (var host = world.BuildHost(HostMode.DryRun))
        {
            scratch = host.Services.GetRequiredService<StateFolder>().Folder;
            await host.StartAsync();
            var result = await host.Services.GetRequiredService<OnceRunner>().RunAsync(CancellationToken.None);
            Assert.Single(result.Planned);
            Assert.True(File.Exists(Path.Combine(scratch, OutreachPaths.StateFile)));
            await host.StopAsync();
        }

        Assert.False(Directory.Exists(scratch));
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(world.Root, "data")), f => f.EndsWith(".db", StringComparison.Ordinal));
        Assert.Empty(await world.DraftsAsync());
    }

    private static string Hash(SandboxWorld world, string file) =>
        Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(world.Root, "data", file))));

    private static async Task<IReadOnlyList<string>> MailboxAsync(SandboxWorld world) =>
        [.. (await world.MessagesAsync()).Select(m => m.GetRawText()).Order(StringComparer.Ordinal)];

    private static IEnumerable<string?> CategoriesOf(System.Text.Json.JsonElement message) =>
        message.GetProperty("categories").EnumerateArray().Select(c => c.GetString());

    private static string ToOf(System.Text.Json.JsonElement draft) =>
        draft.GetProperty("toRecipients").EnumerateArray().Single().GetProperty("emailAddress").GetProperty("address").GetString()!;

    private static string KeyOf(System.Text.Json.JsonElement draft) =>
        draft.GetProperty("singleValueExtendedProperties").EnumerateArray().Select(p => p.GetProperty("value").GetString()).Single()!;
}
