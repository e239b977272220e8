using System.Security.Cryptography;
using System.Text.RegularExpressions;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Processes;

/// <summary>
/// <c>outreach run --once --dry-run</c> as a user types it: the drafts it would make, one line each, then one line
/// that nothing was written; the exit codes of <c>run --once</c>; and the data folder left as it was.
/// </summary>
public sealed partial class DryRunProcessTests : IDisposable
{

    private readonly string root = Directory.CreateTempSubdirectory("outreach-dry-run-process-").FullName;

    private string Data => Path.Combine(root, "data");

    [Fact]
    public async Task DryRun_DemoFromAFreshDataFolder_NamesTheDemoDraftAndWritesNothing_ThenTheRealRunMakesIt()
    {
        var environment = ProgramRun.Environment(Data);

        var dry = await ProgramRun.RunAsync(environment, "run", "--once", "--dry-run");

        Assert.True(dry.ExitCode == 0, dry.ToString());
        var lines = Lines(dry.Output);
        Assert.Single(lines, l => l.StartsWith("Would draft in ", StringComparison.Ordinal));
        Assert.Single(lines, l => DemoDraftLine().IsMatch(l));
        Assert.Contains(Summary(1), lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Done:", StringComparison.Ordinal));
        Assert.Empty(dry.ErrorLines);
        Assert.DoesNotContain(Directory.GetFiles(Data), f => f.EndsWith(".db", StringComparison.Ordinal));

        var real = await ProgramRun.RunAsync(environment, "run", "--once");
        Assert.True(real.ExitCode == 0, real.ToString());
        Assert.Contains("Done: 1 draft(s) created (follow-ups and keep-in-touch updates). Read them with: outreach drafts (every thread: outreach status)", Lines(real.Output));

        // Once the draft is made, a dry run has nothing to add, and leaves every file of the folder as it was.
        var files = Hashes();
        var again = await ProgramRun.RunAsync(environment, "run", "--dry-run");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains(Summary(0), Lines(again.Output));
        Assert.Equal(files, Hashes());
    }

    [Fact]
    public async Task DryRun_AMailboxNeedsSignIn_OneLineNamingItAndWhy_ExitCode4_MailboxUntouched()
    {
        await using var sandbox = await SandboxProcess.StartAsync(OutreachMailboxSeed.Write(Path.Combine(root, "seeds"), due: 2), Path.Combine(root, "sandbox-data"));
        var settings = sandbox.WorkerSettings(Data, OutreachMailboxSeed.MailboxId);

        using (var served = WorkerProcess.Start(settings, root, "run", "--once", "--dry-run"))
        {
            Assert.True(await served.WaitForExitAsync(TimeSpan.FromSeconds(90)) == 0, served.Transcript());
            Assert.Equal(2, served.StandardOutput.Count(l => l.StartsWith($"Would draft in {OutreachMailboxSeed.MailboxId}: follow-up 1 to Dr. Contact ", StringComparison.Ordinal)));
            Assert.Contains(Summary(2), served.StandardOutput);
        }

        await sandbox.AddFaultAsync(new { status = 401, count = -1 });
        using var refused = WorkerProcess.Start(settings, root, "run", "--once", "--dry-run");
        var exit = await refused.WaitForExitAsync(TimeSpan.FromSeconds(90));

        Assert.True(exit == 4, refused.Transcript());
        Assert.Contains(
            $"Not served: {OutreachMailboxSeed.MailboxId} (needs-sign-in: Graph refused the token (401): run `outreach login`); the other mailboxes were.",
            refused.StandardError);
        Assert.Contains(Summary(0), refused.StandardOutput);
        Assert.Empty(refused.StackTraceLines());
        await sandbox.ClearFaultsAsync();
        Assert.DoesNotContain(await sandbox.MessagesAsync(OutreachMailboxSeed.MailboxId), m => m.GetProperty("isDraft").GetBoolean());
        Assert.DoesNotContain(Directory.GetFiles(Data), f => f.EndsWith(".db", StringComparison.Ordinal));
    }

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

    private static string Summary(int drafts) => $"Dry run: {drafts} draft(s) would be created; nothing was written to the mailbox or the state.";

    private static List<string> Lines(string output) => [.. output.Split('\n').Select(l => l.TrimEnd('\r'))];

    /// <summary>Each database of the data folder and its hash (SQLite's own -wal and -shm files left out: they hold no state once closed).</summary>
    private Dictionary<string, string> Hashes() =>
        Directory.GetFiles(Data, "*.db").ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    [GeneratedRegex("""^Would draft in demo: follow-up 1 to Dr\. Jane Smith <jsmith@riversidechildrens\.example\.org> on "IMG applicant \(Class of 2024\) – question about observerships at Riverside Children's"; why: follow-up due: no reply since \w{3} \d{1,2} \w{3} \d{4}$""")]
    private static partial Regex DemoDraftLine();
}
