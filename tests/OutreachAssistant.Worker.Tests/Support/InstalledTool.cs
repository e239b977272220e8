namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>
/// The <c>outreach</c> command as a user gets it: the Worker packed as a .NET tool (from the build the tests
/// already made) and installed with <c>dotnet tool install --tool-path</c> from that package alone, once per test
/// class. Each run gets the HOME a test gives it, so nothing reaches the real user's folders.
/// </summary>
public sealed class InstalledTool : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly string root = Directory.CreateTempSubdirectory("outreach-tool-").FullName;

    /// <summary>The installed command, <c>outreach</c>, in the tool path.</summary>
    public string Command => Path.Combine(root, "tools", "outreach");

    /// <summary>The folder the installed program runs from (inside the tool path's store), where its shipped files are.</summary>
    public string ProgramFolder { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var pack = Path.Combine(root, "pack");
        var packed = await DotnetAsync(root, "pack", Path.Combine(RepositoryRoot(), "src", "OutreachAssistant.Worker"), "-c", BuildConfiguration(), "--no-build", "-o", pack, "-nodeReuse:false", "-v", "quiet");
        var package = Directory.GetFiles(pack, "OutreachAssistant.*.nupkg").SingleOrDefault()
            ?? throw new InvalidOperationException($"dotnet pack made no OutreachAssistant package:\n{packed}");
        var version = Path.GetFileNameWithoutExtension(package)["OutreachAssistant.".Length..];

        // Only the package just made is a source, so the install neither needs the network nor finds another package of that name.
        var config = Path.Combine(root, "nuget.config");
        await File.WriteAllTextAsync(config, """<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><clear /></packageSources></configuration>""");
        var installed = await DotnetAsync(root, "tool", "install", "--tool-path", Path.Combine(root, "tools"), "--configfile", config, "--add-source", pack, "OutreachAssistant", "--version", version);
        if (installed.ExitCode != 0 || !File.Exists(Command))
        {
            throw new InvalidOperationException($"dotnet tool install failed:\n{installed}");
        }

        ProgramFolder = Path.GetDirectoryName(Directory.GetFiles(Path.Combine(root, "tools", ".store"), "outreach.dll", SearchOption.AllDirectories).Single())!;
    }

    /// <summary>A fresh home folder for one user of the tool.</summary>
    public string NewHome() => Directory.CreateDirectory(Path.Combine(root, "homes", Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>A fresh empty folder to run the command in.</summary>
    public string NewFolder() => Directory.CreateDirectory(Path.Combine(root, "folders", Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>
    /// <c>outreach ARGS</c> in <paramref name="workingDirectory"/> as the user whose home is <paramref name="home"/>: the per-user
    /// folders follow from HOME alone (the XDG variables are removed), as on a fresh account.
    /// </summary>
    public Task<ProcessOutcome> RunAsync(string home, string workingDirectory, params string[] arguments) =>
        ChildProcess.RunAsync(Command, arguments, workingDirectory, new Dictionary<string, string?>
        {
            ["HOME"] = home,
            ["XDG_CONFIG_HOME"] = null,
            ["XDG_DATA_HOME"] = null,
            ["OUTREACH_SETTINGS"] = null,

            // The launcher finds the runtime the tests run on, wherever it is installed.
            ["DOTNET_ROOT"] = DotnetRoot(),
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["NO_COLOR"] = "1",
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
        }, Patience);

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temporary folder.
        }

        return Task.CompletedTask;
    }

    private async Task<ProcessOutcome> DotnetAsync(string workingDirectory, params string[] arguments) =>
        await ChildProcess.RunAsync("dotnet", arguments, workingDirectory, new Dictionary<string, string?>
        {
            // The install's package folder is the test's own: a package of this version cached by an earlier run is never taken for this one.
            ["NUGET_PACKAGES"] = Path.Combine(root, "nuget-packages"),
        }, Patience);

    /// <summary>The configuration the tests were built in (…/bin/Release/net10.0/), which the Worker was built in too.</summary>
    private static string BuildConfiguration() => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>The dotnet folder holding the running runtime: …/shared/Microsoft.NETCore.App/10.0.x/ is three levels down.</summary>
    private static string DotnetRoot() => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OutreachAssistant.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found.");
    }
}
