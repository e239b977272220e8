using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Worker.Tests.Support;
using Xunit.Abstractions;

namespace OutreachAssistant.Worker.Tests.Crash;

/// <summary>
/// The power goes while <c>outreach run --once</c> works: the worker process is killed with SIGKILL at aimed
/// instants (after each folder's sync, after the first thread is tracked, after the first and the fourth draft)
/// and at random ones, then a run goes to the end. The mailbox is <c>outreach sandbox</c> in a process of its
/// own, which outlives every kill. Every due thread must be tracked and have exactly one draft.
/// Set OUTREACH_CRASH_ROUNDS to play the whole set more times.
/// </summary>
public sealed class KillNineTests(ITestOutputHelper output) : IDisposable
{
    private const int Due = 8;
    private const string MailboxId = OutreachMailboxSeed.MailboxId;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly string root = Directory.CreateTempSubdirectory("outreach-crash-").FullName;

    /// <summary>A line to wait for, and how many times it must have been written first.</summary>
    private static readonly (string Text, int Occurrence)[] AimedAfter =
    [
        ($"Synced {MailboxId}/inbox", 1),
        ($"Synced {MailboxId}/sentitems", 1),
        ("Tracking outreach thread", 1),
        ("Created FollowUp draft 1", 1),
        ("Created FollowUp draft 1", 4),
    ];

    [Fact]
    public async Task RunOnce_KilledAtAnyInstant_NextRunTracksEveryThreadAndDraftsEachOnce()
    {
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("OUTREACH_CRASH_ROUNDS"), CultureInfo.InvariantCulture, out var r) ? r : 1;
        var seeds = OutreachMailboxSeed.Write(Path.Combine(root, "seeds"), Due);
        var random = new Random(20261130);
        var whole = await MeasureWholeRunAsync(seeds);
        var trials = new List<Trial>();
        for (var round = 0; round < rounds; round++)
        {
            trials.AddRange(AimedAfter.Select(a => new Trial(a.Text, a.Occurrence, TimeSpan.FromMilliseconds(random.Next(0, 1200)))));
            trials.AddRange(Enumerable.Range(0, 4).Select(_ => new Trial(null, 0, TimeSpan.FromMilliseconds(random.Next(0, (int)whole.TotalMilliseconds)))));
        }

        var killedMidRun = 0;
        for (var i = 0; i < trials.Count; i++)
        {
            var trial = trials[i];
            var folder = Directory.CreateDirectory(Path.Combine(root, $"trial-{i}")).FullName;
            await using var sandbox = await SandboxProcess.StartAsync(seeds, Path.Combine(folder, "mailbox"));
            var settings = Settings(sandbox, folder);
            var killed = await KillAsync(settings, folder, trial);
            killedMidRun += killed ? 1 : 0;

            using var final = WorkerProcess.StartRunOnce(settings, folder);
            Assert.True(await final.WaitForExitAsync(Patience) == 0, final.Transcript());
            Assert.Empty(final.StackTraceLines());

            var keys = await sandbox.DraftKeysAsync(MailboxId);
            var threads = await StateDatabase.CountAsync(Path.Combine(folder, "data"), "SELECT count(*) FROM Threads");
            output.WriteLine($"{trial}: killed {(killed ? "mid-run" : "after the end")}; then {threads} threads, {keys.Count} drafts ({keys.Distinct().Count()} keys)");
            Assert.Equal(Due, threads);
            Assert.Equal(Due, keys.Distinct().Count());
            Assert.Equal(Due, keys.Count);
            Assert.Equal(Due, await StateDatabase.CountAsync(Path.Combine(folder, "data"), "SELECT count(*) FROM Drafts"));
            Assert.Equal(0, await StateDatabase.CountAsync(Path.Combine(folder, "data"), "SELECT count(*) FROM DraftClaims"));
        }

        output.WriteLine($"{trials.Count} trials, {killedMidRun} killed mid-run; an uninterrupted run took {whole.TotalSeconds:0.0} s; each ended with {Due} threads drafted once");
        Assert.True(killedMidRun >= trials.Count / 2, "most kills land while the run works");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<TimeSpan> MeasureWholeRunAsync(string seeds)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "whole")).FullName;
        await using var sandbox = await SandboxProcess.StartAsync(seeds, Path.Combine(folder, "mailbox"));
        var watch = Stopwatch.StartNew();
        using var run = WorkerProcess.StartRunOnce(Settings(sandbox, folder), folder);
        Assert.True(await run.WaitForExitAsync(Patience) == 0, run.Transcript());
        return watch.Elapsed;
    }

    /// <summary>All eight are due at once; the daily limit has timelines of its own.</summary>
    private static Dictionary<string, string?> Settings(SandboxProcess sandbox, string folder)
    {
        var settings = sandbox.WorkerSettings(Path.Combine(folder, "data"), MailboxId);
        settings[$"{FollowUpOptions.SectionName}:MaxPerDay"] = "1000";
        return settings;
    }

    /// <returns>Whether the process was still running when it was killed.</returns>
    private static async Task<bool> KillAsync(IReadOnlyDictionary<string, string?> settings, string folder, Trial trial)
    {
        using var run = WorkerProcess.StartRunOnce(settings, folder);
        if (trial.AfterLine is { } text)
        {
            var waited = Stopwatch.StartNew();
            while (!run.HasExited && run.Output.Count(l => l.Text.Contains(text, StringComparison.Ordinal)) < trial.Occurrence && waited.Elapsed < Patience)
            {
                await Task.Delay(20);
            }
        }

        await Task.Delay(trial.Delay);
        if (run.HasExited)
        {
            return false;
        }

        run.Kill();
        await run.WaitForExitAsync(TimeSpan.FromSeconds(30));
        return true;
    }

    private sealed record Trial(string? AfterLine, int Occurrence, TimeSpan Delay)
    {
        public override string ToString() => AfterLine is null
            ? $"kill at {Delay.TotalMilliseconds:0} ms"
            : $"kill {Delay.TotalMilliseconds:0} ms after \"{AfterLine}\" #{Occurrence}";
    }
}
