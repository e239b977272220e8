using System.Text.RegularExpressions;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Tests.Support;
using Xunit.Abstractions;

namespace OutreachAssistant.Worker.Tests.Processes;

/// <summary><c>outreach sandbox</c> run alone, and a worker process reaching it as it would reach Outlook.</summary>
public sealed class SandboxCommandTests(ITestOutputHelper output) : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("outreach-sandbox-verb-").FullName;

    [Fact]
    public async Task Sandbox_RunAlone_WorkerInRemoteModeDraftsThroughIt_StopsCleanlyOnCtrlC()
    {
        var seeds = OutreachMailboxSeed.Write(Path.Combine(root, "seeds"), due: 1);
        await using var sandbox = await SandboxProcess.StartAsync(seeds, Path.Combine(root, "sandbox-data"));
        Assert.Equal("127.0.0.1", sandbox.BaseUrl.Host);
        Assert.EndsWith("/v1.0", sandbox.BaseUrl.AbsolutePath, StringComparison.Ordinal);

        using var worker = WorkerProcess.StartRunOnce(sandbox.WorkerSettings(Path.Combine(root, "data"), OutreachMailboxSeed.MailboxId), root);
        var exit = await worker.WaitForExitAsync(TimeSpan.FromSeconds(90));

        Assert.True(exit == 0, worker.Transcript());
        Assert.Contains("Done: 1 draft(s) created (follow-ups and keep-in-touch updates). Read them with: outreach drafts (every thread: outreach status)", worker.StandardOutput);
        Assert.Single(await sandbox.DraftKeysAsync(OutreachMailboxSeed.MailboxId));

        var interrupt = sandbox.Process.IgnoresInterrupt ? "SIGTERM (this runner passes on an ignored SIGINT)" : "SIGINT";
        var stopped = await sandbox.StopAsync();
        output.WriteLine($"sandbox stopped by {interrupt}: exit {stopped}");
        Assert.True(stopped == 0, sandbox.Process.Transcript());
        Assert.Empty(sandbox.Process.StackTraceLines());
    }

    [Fact]
    public async Task Sandbox_BadSeed_OneLineNamingTheFile_ExitCode2()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(root, "bad-seeds")).FullName;
        await File.WriteAllTextAsync(Path.Combine(seeds, "amira.json"), """{ "id": "amira", "address": "amira@example.org", "colour": "blue" }""");

        using var sandbox = WorkerProcess.Start(
            new Dictionary<string, string?> { [$"{StorageOptions.SectionName}:DataDirectory"] = Path.Combine(root, "sandbox-data") }, root, "sandbox", "--seed", seeds);
        var exit = await sandbox.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, exit);
        var line = Assert.Single(sandbox.StandardError);
        Assert.Matches(new Regex(@"^Seed error: .*amira\.json"), line);
        Assert.Empty(sandbox.StackTraceLines());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A process killed a moment ago may still hold a file; the temporary folder is no reason to fail.
        }
    }
}
