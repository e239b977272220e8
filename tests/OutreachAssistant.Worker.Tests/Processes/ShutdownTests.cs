using System.Diagnostics;
using System.Text.RegularExpressions;
using OutreachAssistant.Worker.Tests.Support;
using Xunit.Abstractions;

namespace OutreachAssistant.Worker.Tests.Processes;

/// <summary>
/// SIGTERM (systemd, docker, timeout(1)) stops a worker stuck on a slow mailbox within seconds, and the next
/// run finishes the work with exactly one draft per due thread.
/// </summary>
public sealed partial class ShutdownTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Due = 3;
    private static readonly TimeSpan StopWithin = TimeSpan.FromSeconds(10);
    private readonly string root = Directory.CreateTempSubdirectory("outreach-shutdown-").FullName;
    private SandboxProcess sandbox = null!;

    public async Task InitializeAsync()
    {
        sandbox = await SandboxProcess.StartAsync(OutreachMailboxSeed.Write(Path.Combine(root, "seeds"), Due), Path.Combine(root, "sandbox-data"));

        // Every message request stalls for two minutes: without a working stop, the run outlives the test.
        await sandbox.AddFaultAsync(new { kind = "slow", delayMs = 120_000, path = "/messages", count = -1 });
    }

    [Fact]
    public async Task RunOnce_SigtermWhileAMailboxStalls_Exits130WithinSeconds_NextRunDraftsEachThreadOnce()
    {
        var settings = sandbox.WorkerSettings(Path.Combine(root, "data"), OutreachMailboxSeed.MailboxId);
        using var worker = WorkerProcess.StartRunOnce(settings, root);
        await worker.WaitForLineAsync(Connected(), TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(1));

        var stopping = Stopwatch.StartNew();
        worker.Terminate();
        var exit = await worker.WaitForExitAsync(TimeSpan.FromSeconds(60));
        output.WriteLine($"run --once: exit {exit} {stopping.Elapsed.TotalSeconds:0.00} s after SIGTERM");

        Assert.True(exit == 130, worker.Transcript());
        Assert.True(stopping.Elapsed < StopWithin, $"stopped after {stopping.Elapsed}");
        Assert.Empty(worker.StackTraceLines());
        await AssertNextRunDraftsEachThreadOnceAsync(settings);
    }

    [Fact]
    public async Task Service_SigtermWhileAMailboxStalls_Exits0WithinSeconds_NextRunDraftsEachThreadOnce()
    {
        var settings = sandbox.WorkerSettings(Path.Combine(root, "data"), OutreachMailboxSeed.MailboxId);
        using var service = WorkerProcess.StartService(settings, root);
        await service.WaitForLineAsync(Connected(), TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(1));

        var stopping = Stopwatch.StartNew();
        service.Terminate();
        var exit = await service.WaitForExitAsync(TimeSpan.FromSeconds(60));
        output.WriteLine($"run: exit {exit} {stopping.Elapsed.TotalSeconds:0.00} s after SIGTERM");

        Assert.True(exit == 0, service.Transcript());
        Assert.True(stopping.Elapsed < StopWithin, $"stopped after {stopping.Elapsed}");
        Assert.Empty(service.StackTraceLines());
        await AssertNextRunDraftsEachThreadOnceAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await sandbox.DisposeAsync();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temporary folder.
        }
    }

    private async Task AssertNextRunDraftsEachThreadOnceAsync(IReadOnlyDictionary<string, string?> settings)
    {
        await sandbox.ClearFaultsAsync();
        using var next = WorkerProcess.StartRunOnce(settings, root);
        Assert.True(await next.WaitForExitAsync(TimeSpan.FromSeconds(90)) == 0, next.Transcript());
        Assert.Contains($"Done: {Due} draft(s) created (follow-ups and keep-in-touch updates). Read them with: outreach drafts (every thread: outreach status)", next.StandardOutput);
        var keys = await sandbox.DraftKeysAsync(OutreachMailboxSeed.MailboxId);
        Assert.Equal(Due, keys.Count);
        Assert.Equal(Due, keys.Distinct().Count());
    }

    [GeneratedRegex("Connected mailbox")]
    private static partial Regex Connected();
}
