namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>
/// A data folder made by the real program (<c>run --once</c> on the demo mailbox): state.db, schedule.db and
/// sandbox.db as a user has them. Made once per test class; each test works on its own copy.
/// </summary>
public sealed class DemoDataFolder : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("outreach-demo-data-").FullName;

    public string Path => System.IO.Path.Combine(root, "data");

    public async Task InitializeAsync()
    {
        var outcome = await ProgramRun.RunAsync(ProgramRun.Environment(Path), "run", "--once");
        if (outcome.ExitCode != 0 || !File.Exists(System.IO.Path.Combine(Path, "schedule.db")))
        {
            throw new InvalidOperationException($"The demo run failed:\n{outcome}");
        }
    }

    /// <summary>A copy of the folder's files in <paramref name="target"/>.</summary>
    public void CopyTo(string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Path))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(root, recursive: true);
        return Task.CompletedTask;
    }
}
