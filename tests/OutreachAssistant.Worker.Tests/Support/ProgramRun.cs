using OutreachAssistant.Core.Drafting;
using OutreachAssistant.Graph;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Configuration;
namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>
/// Runs the built <c>outreach</c> program to its end as a real process, as a user's shell or cron would: settings in the
/// environment, a working directory of its own, and per-user folders of the tests' own (<see cref="TestUserFolders"/>).
/// </summary>
public static class ProgramRun
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The program, copied beside the tests by the project reference.</summary>
    public static string Program { get; } = Path.Combine(AppContext.BaseDirectory, "outreach.dll");

    /// <summary>The settings for the embedded sandbox with the demo mailbox and a data folder of the test's own.</summary>
    public static Dictionary<string, string> Environment(string dataDirectory) => new(StringComparer.Ordinal)
    {
        [$"{StorageOptions.SectionName}__DataDirectory"] = dataDirectory,
        [$"{GraphOptions.SectionName}__Mode"] = "Sandbox",
        [$"{EmbeddedSandboxOptions.SectionName}__SeedDirectory"] = Path.Combine(AppContext.BaseDirectory, "seeds", "demo-mailbox"),
        [$"{DraftingOptions.SectionName}__TemplateDirectory"] = Path.Combine(AppContext.BaseDirectory, "seeds", "templates"),
    };

    /// <summary><c>dotnet outreach.dll ARGS</c>.</summary>
    public static Task<ProcessOutcome> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        StartAsync("dotnet", [Program, .. arguments], environment);

    /// <summary>A shell script (say, one that mounts a file system first), with <c>$OUTREACH</c> set to <c>dotnet outreach.dll</c>.</summary>
    public static Task<ProcessOutcome> RunScriptAsync(IReadOnlyDictionary<string, string> environment, string launcher, params string[] launcherArguments) =>
        StartAsync(launcher, launcherArguments, new Dictionary<string, string>(environment) { ["OUTREACH"] = $"dotnet {Program}" });

    private static async Task<ProcessOutcome> StartAsync(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var workingDirectory = Directory.CreateTempSubdirectory("outreach-cwd-").FullName;
        var variables = new Dictionary<string, string?>(TestUserFolders.Environment);
        foreach (var (key, value) in environment)
        {
            variables[key] = value;
        }

        var outcome = await ChildProcess.RunAsync(fileName, arguments, workingDirectory, variables, Timeout);
        Directory.Delete(workingDirectory, recursive: true);
        return outcome;
    }
}
