using System.Diagnostics;
using System.Text.RegularExpressions;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Graph;
using OutreachAssistant.Graph.SignIn;
using OutreachAssistant.Sandbox;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.Tests.Support;
using Xunit.Abstractions;

namespace OutreachAssistant.Worker.Tests.Concurrency;

/// <summary>
/// Real processes side by side on one data folder (cron beside the service, a user who ran it twice): never two
/// drafts for a thread, never a stack trace, every process ends done (0) or busy (6, with its one line).
/// Each round has a fresh mailbox and data folder.
/// </summary>
public sealed partial class ConcurrentRunsTests(ITestOutputHelper output) : IDisposable
{
    private const int Due = 12;
    private const int RoundsOfThree = 3;
    private readonly string root = Directory.CreateTempSubdirectory("outreach-concurrency-").FullName;
    private readonly Dictionary<int, int> exits = [];

    [Fact]
    public async Task ThreeRunOnceAtOnce_AndRunOnceBesideTheService_OneDraftPerThreadAndNoStackTrace()
    {
        var seeds = OutreachMailboxSeed.Write(Path.Combine(root, "seeds"), Due);
        var elapsed = Stopwatch.StartNew();
        for (var round = 1; round <= RoundsOfThree; round++)
        {
            // The first round waits for the folder (the default); the others give up at once and must say so.
            var lockTimeout = round == 1 ? "00:00:30" : "00:00:00";
            await PlayRoundAsync(seeds, round, lockTimeout, service: false);
        }

        await PlayRoundAsync(seeds, RoundsOfThree + 1, "00:00:05", service: true);

        output.WriteLine($"{RoundsOfThree} rounds of three `run --once` and 1 of `run --once` beside `run`, {Due} due threads each, {elapsed.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine("exit codes: " + string.Join(", ", exits.OrderBy(e => e.Key).Select(e => $"{e.Key}: {e.Value}")));
    }

    private async Task PlayRoundAsync(string seeds, int round, string lockTimeout, bool service)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, $"round-{round}")).FullName;
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions
        {
            Behaviour = SandboxBehaviourUnderTest.FromEnvironment(),
            DatabasePath = Path.Combine(folder, "sandbox.db"),
            SeedDirectory = seeds,
        });
        var settings = new Dictionary<string, string?>
        {
            [$"{GraphOptions.SectionName}:Mode"] = "Remote",
            [$"{GraphOptions.SectionName}:BaseUrl"] = sandbox.BaseUrl.ToString(),
            [$"{GraphOptions.SectionName}:AccessToken"] = sandbox.AccessToken,
            [$"{AuthOptions.SectionName}:Mode"] = "AccessToken",
            [$"{StorageOptions.SectionName}:DataDirectory"] = Path.Combine(folder, "data"),
            [$"{StorageOptions.SectionName}:LockTimeout"] = lockTimeout,

            // All twelve are due at once; the daily limit has timelines of its own.
            [$"{FollowUpOptions.SectionName}:MaxPerDay"] = "1000",
            [$"{MailboxesOptions.SectionName}:0:Id"] = OutreachMailboxSeed.MailboxId,
            [$"{MailboxesOptions.SectionName}:0:User"] = "me",
        };

        var started = Stopwatch.StartNew();
        var processes = new List<WorkerProcess>();
        try
        {
            WorkerProcess? running = null;
            if (service)
            {
                running = WorkerProcess.StartService(settings, folder);
                processes.Add(WorkerProcess.StartRunOnce(settings, folder));
            }
            else
            {
                processes.AddRange(Enumerable.Range(0, 3).Select(_ => WorkerProcess.StartRunOnce(settings, folder)));
            }

            var codes = new List<int>();
            foreach (var process in processes)
            {
                codes.Add(await process.WaitForExitAsync(TimeSpan.FromSeconds(90)));
            }

            if (running is not null)
            {
                // Whichever took the folder first, the service makes what is left: wait until every draft is made and
                // written (its log line comes after the write), then stop it; a stop mid-draft is the crash tests' part.
                await Eventually.HoldsAsync(
                    () => Task.FromResult(running.HasExited || ServiceDrafts(running) + processes.Sum(DoneCount) >= Due), TimeSpan.FromSeconds(60));
                if (!running.HasExited)
                {
                    running.Terminate();
                }

                codes.Add(await running.WaitForExitAsync(TimeSpan.FromSeconds(30)));
                processes.Add(running);
            }

            var keys = await DraftKeysAsync(sandbox);
            var twice = keys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            output.WriteLine($"round {round}{(service ? " (beside run)" : "")}, LockTimeout {lockTimeout}: exits {string.Join(' ', codes)}, drafts {keys.Count}, "
                + $"Done sum {processes.Sum(DoneCount)}, {started.Elapsed.TotalSeconds:0.0} s");
            foreach (var code in codes)
            {
                exits[code] = exits.GetValueOrDefault(code) + 1;
            }

            foreach (var process in processes)
            {
                Assert.True(process.StackTraceLines().Count == 0, $"round {round}: `outreach {process.Description}` printed a stack trace:\n{process.Transcript()}");
            }

            Assert.True(twice.Count == 0, $"round {round}: two drafts for {string.Join(", ", twice)}\n{string.Join("\n---\n", processes.Select(p => p.Transcript()))}");
            Assert.Equal(Due, keys.Count);

            // Done: N counts this process's drafts only, so the round's counts add up to the drafts made.
            Assert.Equal(Due, processes.Sum(DoneCount));
            for (var i = 0; i < processes.Count; i++)
            {
                var process = processes[i];
                Assert.True(codes[i] is 0 or 6, $"round {round}: `outreach {process.Description}` exited {codes[i]}:\n{process.Transcript()}");
                if (codes[i] == 6)
                {
                    Assert.Matches(BusyLine(), Assert.Single(process.StandardError));
                }
            }
        }
        finally
        {
            foreach (var process in processes)
            {
                process.Dispose();
            }
        }
    }

    private static async Task<IReadOnlyList<string>> DraftKeysAsync(SandboxServer sandbox)
    {
        using var admin = new HttpClient();
        var all = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(
            admin, new Uri($"{sandbox.AdminUrl}/mailboxes/{OutreachMailboxSeed.MailboxId}/messages"));
        return [.. all.GetProperty("value").EnumerateArray()
            .Where(m => m.GetProperty("isDraft").GetBoolean())
            .Select(m => m.GetProperty("singleValueExtendedProperties").EnumerateArray()
                .Select(p => p.GetProperty("value").GetString())
                .FirstOrDefault(v => v is not null && v.Contains("/follow-up/", StringComparison.Ordinal)) ?? "(no key)")];
    }

    /// <summary>N of "Done: N draft(s)", or 0 for a process that made none (busy, stopped).</summary>
    private static int DoneCount(WorkerProcess process) =>
        process.StandardOutput.Select(l => DoneLine().Match(l)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Sum()
        + (process.Description == "run" ? ServiceDrafts(process) : 0);

    /// <summary>The service prints no Done line; its log says each draft it created.</summary>
    private static int ServiceDrafts(WorkerProcess process) => process.StandardOutput.Count(l => l.Contains("Created FollowUp draft", StringComparison.Ordinal));

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temporary folder.
        }
    }

    [GeneratedRegex(@"^Done: (\d+) draft\(s\) created")]
    private static partial Regex DoneLine();

    [GeneratedRegex(@"^Busy: another OutreachAssistant \(pid \d+, run( --once)?, since [\d:]+\) is working on data folder .+; try again when it ends\.$")]
    private static partial Regex BusyLine();
}
