using System.Text.Json;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Install;

/// <summary>
/// The installed <c>outreach</c> command works from any folder on one per-user state: packed with <c>dotnet pack</c>,
/// installed with <c>dotnet tool install</c>, run with the shipped settings (the embedded sandbox with the demo).
/// </summary>
public sealed class InstalledToolTests(InstalledTool tool) : IClassFixture<InstalledTool>
{
    [Fact]
    public void Package_CarriesTheShippedSettingsSeedsAndTemplates()
    {
        Assert.True(File.Exists(Path.Combine(tool.ProgramFolder, "appsettings.json")));
        Assert.True(File.Exists(Path.Combine(tool.ProgramFolder, "seeds", "demo-mailbox", "amira.json")));
        Assert.True(File.Exists(Path.Combine(tool.ProgramFolder, "seeds", "templates", "default.hbs")));
    }

    [Fact]
    public async Task RunOnceFromAnEmptyFolder_StatusFromOthers_OneStateInThePerUserDataFolder()
    {
        var home = tool.NewHome();
        var dataFolder = Path.Combine(home, ".local", "share", "outreach");
        var first = tool.NewFolder();
        var second = tool.NewFolder();

        // A folder holding some other program's appsettings.json, as any .NET project folder does: it must change nothing.
        var project = tool.NewFolder();
        await File.WriteAllTextAsync(Path.Combine(project, "appsettings.json"), """{ "Storage": { "DataDirectory": "other-state" }, "Mailboxes": [ { "Id": "other", "User": "me" } ] }""");

        var run = await tool.RunAsync(home, first, "run", "--once");
        var status = await tool.RunAsync(home, second, "status");
        var statusElsewhere = await tool.RunAsync(home, project, "status");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Done: 1 draft(s) created", run.Output, StringComparison.Ordinal);
        var settingsLine = $"Settings: {Path.Combine(tool.ProgramFolder, "appsettings.json")} (shipped), then {Path.Combine(home, ".config", "outreach", "appsettings.json")} (yours; not there yet";
        foreach (var outcome in new[] { run, status, statusElsewhere })
        {
            Assert.True(outcome.ExitCode == 0, outcome.ToString());
            Assert.StartsWith(settingsLine, outcome.Output, StringComparison.Ordinal);
            Assert.Contains($"\nData folder: {dataFolder}\n", outcome.Output, StringComparison.Ordinal);
        }

        Assert.True(File.Exists(Path.Combine(dataFolder, "state.db")));
        Assert.Equal(Drafted(status.Output), Drafted(statusElsewhere.Output));
        Assert.Single(Drafted(status.Output));
        Assert.Contains("mailbox demo: ok", status.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(first));
        Assert.Empty(Directory.EnumerateFileSystemEntries(second));
        Assert.False(Directory.Exists(Path.Combine(tool.ProgramFolder, "data")), "a state was started beside the program");
    }

    [Fact]
    public async Task Drafts_AfterTheDemoRun_ShowTheDemoDraftsOwnText_AndJsonParses()
    {
        var home = tool.NewHome();
        var run = await tool.RunAsync(home, tool.NewFolder(), "run", "--once");
        Assert.True(run.ExitCode == 0, run.ToString());

        var text = await tool.RunAsync(home, tool.NewFolder(), "drafts");
        var json = await tool.RunAsync(home, tool.NewFolder(), "drafts", "--json");

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("mailbox demo: 1 unsent draft(s)", text.Output, StringComparison.Ordinal);
        Assert.Contains("waiting     follow-up 1 to Dr. Jane Smith <jsmith@riversidechildrens.example.org>", text.Output, StringComparison.Ordinal);
        Assert.Contains("            | Dear Dr. Smith,\n", text.Output, StringComparison.Ordinal);
        Assert.Contains("I am following up on my email of", text.Output, StringComparison.Ordinal);

        // The quoted original below the draft's text is left out.
        Assert.DoesNotContain("consider an observer", text.Output, StringComparison.Ordinal);

        Assert.True(json.ExitCode == 0, json.ToString());
        using var parsed = JsonDocument.Parse(json.Output);
        var draft = Assert.Single(parsed.RootElement.GetProperty("drafts").EnumerateArray());
        Assert.Equal("waiting", draft.GetProperty("state").GetString());
        Assert.Equal("inbox", draft.GetProperty("folder").GetString());
        Assert.Equal("jsmith@riversidechildrens.example.org", draft.GetProperty("contact").GetString());
        Assert.StartsWith("Dear Dr. Smith,\n", draft.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(Path.Combine(home, ".local", "share", "outreach"), parsed.RootElement.GetProperty("inUse").GetProperty("dataFolder").GetString());
        Assert.DoesNotContain("   at ", text.Error + json.Error, StringComparison.Ordinal);
    }

    /// <summary>The contacts of the threads <c>status</c> shows as drafted.</summary>
    private static List<string> Drafted(string status) =>
        [.. status.Split('\n').Where(l => l.StartsWith("drafted ", StringComparison.Ordinal)).Select(l => l.Trim())];
}
