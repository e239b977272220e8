using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using OutreachAssistant.Sandbox;
using Xunit.Abstractions;

namespace OutreachAssistant.Worker.Tests.Crash;

/// <summary>
/// The power goes while <c>outreach run --once</c> works: the worker process is killed with SIGKILL at aimed
/// instants (after each folder's sync, after the first thread is tracked, after the first and the fourth draft)
/// and at random ones, then a run goes to the end. Every due thread must be tracked and have exactly one draft.
/// Set OUTREACH_CRASH_ROUNDS to play the whole set more times (the bench does).
/// </summary>
public sealed class KillNineTests(ITestOutputHelper output)
{
    private const string MailboxId = "amira";
    private const int Due = 8;
    private const int NotDue = 3;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly string[] AimedAfter =
    [
        $"Synced {MailboxId}/inbox",
        $"Synced {MailboxId}/sentitems",
        "Tracking outreach thread",
        "Created FollowUp draft 1",
        "#4 Created FollowUp draft 1",
    ];

    [Fact]
    public async Task RunOnce_KilledAtAnyInstant_NextRunTracksEveryThreadAndDraftsEachOnce()
    {
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("OUTREACH_CRASH_ROUNDS"), CultureInfo.InvariantCulture, out var r) ? r : 1;
        var random = new Random(20261130);
        var whole = await MeasureWholeRunAsync();
        var trials = new List<Trial>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var line in AimedAfter)
            {
                trials.Add(new Trial(line, TimeSpan.FromMilliseconds(random.Next(0, 1200))));
            }

            for (var i = 0; i < 4; i++)
            {
                trials.Add(new Trial(null, TimeSpan.FromMilliseconds(random.Next(0, (int)whole.TotalMilliseconds))));
            }
        }

        var killedMidRun = 0;
        foreach (var trial in trials)
        {
            await using var mailbox = await CrashMailbox.StartAsync();
            var killed = await KillAsync(mailbox, trial);
            killedMidRun += killed ? 1 : 0;

            using var final = await WorkerRun.StartAsync(mailbox.Environment());
            var exit = await final.WaitForExitAsync(TimeSpan.FromMinutes(3));
            if (exit != 0)
            {
                output.WriteLine($"{trial}: the run after the kill ended with {exit}:\n  " + string.Join("\n  ", final.Lines.TakeLast(40)));
            }

            Assert.Equal(0, exit);

            var keys = await mailbox.DraftKeysAsync();
            output.WriteLine($"{trial}: killed {(killed ? "mid-run" : "after the end")}; then {keys.Count} drafts, {await mailbox.ThreadCountAsync()} threads");
            Assert.Equal(Due + NotDue, await mailbox.ThreadCountAsync());
            Assert.Equal(Due, keys.Distinct().Count());
            Assert.Equal(Due, keys.Count);
            Assert.Equal(Due, await mailbox.RecordedDraftCountAsync());
        }

        output.WriteLine($"{trials.Count} trials ({killedMidRun} killed mid-run); a whole run took {whole.TotalSeconds:0.0} s; every one ended with {Due} threads drafted once");
        Assert.True(killedMidRun >= trials.Count / 2, "most kills land while the run works");
    }

    private static async Task<TimeSpan> MeasureWholeRunAsync()
    {
        await using var mailbox = await CrashMailbox.StartAsync();
        var watch = Stopwatch.StartNew();
        using var run = await WorkerRun.StartAsync(mailbox.Environment());
        Assert.Equal(0, await run.WaitForExitAsync(TimeSpan.FromMinutes(2)));
        return watch.Elapsed;
    }

    /// <returns>Whether the process was still running when it was killed.</returns>
    private static async Task<bool> KillAsync(CrashMailbox mailbox, Trial trial)
    {
        using var run = await WorkerRun.StartAsync(mailbox.Environment());
        if (trial.AfterLine is { } line)
        {
            var (text, occurrence) = line.StartsWith('#') ? (line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..], int.Parse(line[1..line.IndexOf(' ', StringComparison.Ordinal)], CultureInfo.InvariantCulture)) : (line, 1);
            await run.WaitForLineAsync(text, occurrence, TimeSpan.FromMinutes(1));
        }

        await Task.Delay(trial.Delay);
        return run.KillNine();
    }

    private sealed record Trial(string? AfterLine, TimeSpan Delay)
    {
        public override string ToString() => AfterLine is null ? $"kill at {Delay.TotalMilliseconds:0} ms" : $"kill {Delay.TotalMilliseconds:0} ms after \"{AfterLine}\"";
    }

    /// <summary>A sandbox mailbox of <see cref="Due"/> due and <see cref="NotDue"/> waiting outreach emails, and a data folder for the worker.</summary>
    private sealed class CrashMailbox : IAsyncDisposable
    {
        private readonly HttpClient admin = new();

        private CrashMailbox(string root, SandboxServer sandbox)
        {
            Root = root;
            Sandbox = sandbox;
        }

        public string Root { get; }

        public SandboxServer Sandbox { get; }

        private string StateFile => Path.Combine(Root, "data", "state.db");

        public static async Task<CrashMailbox> StartAsync()
        {
            var root = Directory.CreateTempSubdirectory("outreach-crash-").FullName;
            var seeds = Directory.CreateDirectory(Path.Combine(root, "seeds")).FullName;
            var messages = Enumerable.Range(1, Due + NotDue).Select(n => new
            {
                key = $"o{n}",
                folder = "sentitems",
                from = "Amira Haddad <amira.haddad@outlook.example>",
                to = new[] { $"Dr. Contact {n} <contact{n}@hospital{n}.example.org>" },
                subject = $"IMG applicant - question about electives ({n})",
                body = "Dear Dr. Contact,\nWould an elective be possible?\nThank you,\nAmira Haddad",
                sent = n <= Due ? "-11d" : "-3d",
                conversation = $"t{n}",
            });

            // The worker runs on the real clock: working hours round the clock keep the test independent of the hour.
            var workingHours = new { daysOfWeek = Enum.GetNames<DayOfWeek>(), startTime = "00:00", endTime = "00:00" };
            var seed = new { id = MailboxId, address = "amira.haddad@outlook.example", displayName = "Amira Haddad", timeZone = "UTC", workingHours, messages };
            await File.WriteAllTextAsync(Path.Combine(seeds, "amira.json"), JsonSerializer.Serialize(seed, Json));
            var sandbox = await SandboxServer.StartAsync(new SandboxOptions { DatabasePath = Path.Combine(root, "sandbox.db"), SeedDirectory = seeds });
            return new CrashMailbox(root, sandbox);
        }

        public Dictionary<string, string> Environment() => new()
        {
            ["Graph__Mode"] = "Remote",
            ["Graph__BaseUrl"] = Sandbox.BaseUrl.ToString(),
            ["Graph__AccessToken"] = Sandbox.AccessToken,
            ["Auth__Mode"] = "AccessToken",
            ["Graph__PageSize"] = "5",
            ["Storage__DataDirectory"] = Path.Combine(Root, "data"),
            ["Mailboxes__0__Id"] = MailboxId,
            ["Mailboxes__0__User"] = "me",
        };

        public async Task<List<string>> DraftKeysAsync()
        {
            var all = await admin.GetFromJsonAsync<JsonElement>(new Uri($"{Sandbox.AdminUrl}/mailboxes/{MailboxId}/messages"), Json);
            var list = all.ValueKind == JsonValueKind.Array ? all : all.GetProperty("value");
            return [.. list.EnumerateArray()
                .Where(m => m.GetProperty("isDraft").GetBoolean())
                .Select(m => m.GetProperty("singleValueExtendedProperties").EnumerateArray()
                    .Select(p => p.GetProperty("value").GetString())
                    .Single(v => v is not null && v.Contains("/follow-up/", StringComparison.Ordinal))!)];
        }

        public async Task<long> ThreadCountAsync() => (long)(await ScalarAsync("SELECT count(*) FROM Threads"))!;

        public async Task<long> RecordedDraftCountAsync() => (long)(await ScalarAsync("SELECT count(*) FROM Drafts"))!;

        public async ValueTask DisposeAsync()
        {
            admin.Dispose();
            await Sandbox.DisposeAsync();
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        private async Task<object?> ScalarAsync(string sql)
        {
            await using var connection = new SqliteConnection($"Data Source={StateFile};Pooling=False;Mode=ReadOnly");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return await command.ExecuteScalarAsync();
        }
    }
}
