using OutreachAssistant.Worker.Tests.Support;
using Xunit.Abstractions;

namespace OutreachAssistant.Worker.Tests.Processes;

/// <summary>
/// <c>outreach probe</c> against <c>outreach sandbox</c> in Remote mode, as a user would run it before trusting a
/// real mailbox: every check holds on a mailbox that behaves as Graph is documented, one fails with its line
/// on a mailbox that loses our key, and no draft is left either way.
/// </summary>
public sealed class ProbeTests(ITestOutputHelper output) : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("outreach-probe-").FullName;

    [Theory]
    [InlineData("work")]
    [InlineData("personal")]
    public async Task Probe_MailboxAsDocumented_EveryCheckHolds_NoDraftLeft(string account)
    {
        await using var sandbox = await StartAsync(account);

        using var probe = WorkerProcess.Start(sandbox.WorkerSettings(Path.Combine(root, "data"), OutreachMailboxSeed.MailboxId), root, "probe");
        var exit = await probe.WaitForExitAsync(TimeSpan.FromSeconds(90));

        output.WriteLine(string.Join('\n', probe.StandardOutput));
        Assert.True(exit == 0, probe.Transcript());
        foreach (var check in new[] { "ok    addressed:", "ok    our key:", "ok    text:", "ok    category:", "ok    still a draft:", "ok    removed:" })
        {
            Assert.Contains(probe.StandardOutput, l => l.StartsWith(check, StringComparison.Ordinal));
        }

        Assert.Empty(await UnsentDraftsOutsideDeletedItemsAsync(sandbox));
        Assert.Empty(probe.StackTraceLines());
    }

    [Fact]
    public async Task Probe_MailboxThatLosesOurKey_FailsWithTheLineSayingSo_NoDraftLeft()
    {
        await using var sandbox = await StartAsync();
        await sandbox.SetBehaviourAsync("""{"keepsExtendedProperties":false}""");

        using var probe = WorkerProcess.Start(sandbox.WorkerSettings(Path.Combine(root, "data"), OutreachMailboxSeed.MailboxId), root, "probe");
        var exit = await probe.WaitForExitAsync(TimeSpan.FromSeconds(90));

        output.WriteLine(string.Join('\n', probe.StandardOutput));
        Assert.Equal(1, exit);
        Assert.Contains("FAIL  our key: the mailbox did not keep the key on the draft", probe.StandardOutput);
        Assert.Contains(probe.StandardOutput, l => l.StartsWith("1 of 6 checks failed", StringComparison.Ordinal));
        Assert.Empty(await UnsentDraftsOutsideDeletedItemsAsync(sandbox));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private Task<SandboxProcess> StartAsync(string account = "work") =>
        SandboxProcess.StartAsync(OutreachMailboxSeed.Write(Path.Combine(root, "seeds"), due: 1, account), Path.Combine(root, "mailbox"));

    private static async Task<List<string>> UnsentDraftsOutsideDeletedItemsAsync(SandboxProcess sandbox) =>
        [.. (await sandbox.MessagesAsync(OutreachMailboxSeed.MailboxId))
            .Where(m => m.GetProperty("isDraft").GetBoolean() && m.GetProperty("folder").GetString() != "deleteditems")
            .Select(m => m.GetProperty("id").GetString()!)];
}
