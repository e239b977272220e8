using System.Text.Json;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Processes;

/// <summary><c>outreach stop|resume|snooze</c> as a user types them: one line out, or one line on standard error and exit 1.</summary>
public sealed class SteerCommandTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("outreach-steer-process-").FullName;

    [Fact]
    public async Task StopSnoozeResume_OnTheDemo_OneLineEach_AndStatusShowsTheState_MistakesAreOneLineAndExit1()
    {
        var environment = ProgramRun.Environment(Path.Combine(root, "data"));
        Assert.Equal(0, (await ProgramRun.RunAsync(environment, "run", "--once")).ExitCode);
        var status = await ProgramRun.RunAsync(environment, "status", "--json");
        var threads = JsonDocument.Parse(status.Output[status.Output.IndexOf('{', StringComparison.Ordinal)..]).RootElement.GetProperty("threads");
        var waiting = threads.EnumerateArray().First(t => t.GetProperty("state").GetString() == "waiting").GetProperty("threadId").GetString()!;

        var unknown = await ProgramRun.RunAsync(environment, "stop", "nobody@nowhere.example");
        var badDate = await ProgramRun.RunAsync(environment, "snooze", waiting, "--until", "2001-01-01");
        var snoozed = await ProgramRun.RunAsync(environment, "snooze", waiting, "--until", TimeProvider.System.GetUtcNow().AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var stopped = await ProgramRun.RunAsync(environment, "stop", waiting);
        var after = await ProgramRun.RunAsync(environment, "status");

        Assert.True(unknown.ExitCode == 1, unknown.ToString());
        Assert.Equal(["No tracked thread or contact is named \"nobody@nowhere.example\": give a thread id or a contact's address, as outreach status shows them."], unknown.ErrorLines);
        Assert.True(badDate.ExitCode == 1, badDate.ToString());
        Assert.StartsWith("--until 2001-01-01 is not after today", Assert.Single(badDate.ErrorLines), StringComparison.Ordinal);
        Assert.True(snoozed.ExitCode == 0, snoozed.ToString());
        Assert.Contains($"{waiting} (", snoozed.Output, StringComparison.Ordinal);
        Assert.Contains("): snoozed: snoozed until ", snoozed.Output, StringComparison.Ordinal);
        Assert.True(stopped.ExitCode == 0, stopped.ToString());
        Assert.Contains("): stopped: stopped by the command line on ", stopped.Output, StringComparison.Ordinal);
        Assert.Contains(after.Output.Split('\n'), l => l.StartsWith("stopped ", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
