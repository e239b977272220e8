using System.Text.RegularExpressions;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Processes;

/// <summary>One process per data folder: a second one waits <c>Storage:LockTimeout</c>, then names the holder in one line.</summary>
public sealed partial class DataFolderLockTests : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("outreach-lock-").FullName;
    private SandboxProcess sandbox = null!;

    public async Task InitializeAsync() =>
        sandbox = await SandboxProcess.StartAsync(OutreachMailboxSeed.Write(Path.Combine(root, "seeds"), due: 2), Path.Combine(root, "sandbox-data"));

    [Fact]
    public async Task RunOnce_BesideTheService_WaitsItsTimeoutThenOneBusyLineNamingTheService_ExitCode6()
    {
        var settings = sandbox.WorkerSettings(Path.Combine(root, "data"), OutreachMailboxSeed.MailboxId);
        settings[$"{StorageOptions.SectionName}:LockTimeout"] = "00:00:01";
        using var service = WorkerProcess.StartService(settings, root);
        await service.WaitForLineAsync(Connected(), TimeSpan.FromSeconds(60));

        using var once = WorkerProcess.StartRunOnce(settings, root);
        var exit = await once.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exit == 6, once.Transcript());
        var line = Assert.Single(once.StandardError);
        Assert.Matches(
            new Regex($@"^Busy: another OutreachAssistant \(pid {service.Id}, run, since \d\d:\d\d:\d\d\) is working on data folder {Regex.Escape(settings[DataDirectoryPath.Key]!)}; try again when it ends\.$"),
            line);
        Assert.Empty(once.StackTraceLines());

        service.Terminate();
        Assert.Equal(0, await service.WaitForExitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task RunOnce_AMailboxNeedsSignIn_OthersServed_OneLineNamingIt_ExitCode4()
    {
        var settings = sandbox.WorkerSettings(Path.Combine(root, "data"), OutreachMailboxSeed.MailboxId);
        await sandbox.AddFaultAsync(new { status = 401, count = -1 });

        using var once = WorkerProcess.StartRunOnce(settings, root);
        var exit = await once.WaitForExitAsync(TimeSpan.FromSeconds(90));

        Assert.True(exit == 4, once.Transcript());
        Assert.Contains($"Not served: {OutreachMailboxSeed.MailboxId} (needs-sign-in); the other mailboxes were. See why with: outreach status", once.StandardError);
        Assert.Empty(once.StackTraceLines());
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

    [GeneratedRegex("Connected mailbox")]
    private static partial Regex Connected();
}
