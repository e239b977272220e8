using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Configuration;

/// <summary>
/// Where the program reads its settings and keeps its state: the shipped appsettings.json beside it, the user's own
/// file over it (the per-user settings folder, or the one <c>OUTREACH_SETTINGS</c> names), the environment over both;
/// the state in the per-user data folder. <c>status</c> and <c>doctor</c> name them.
/// </summary>
public sealed class SettingsLocationTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("outreach-settings-").FullName;

    private string ConfigHome => Path.Combine(root, "config");

    private string DataHome => Path.Combine(root, "data");

    private string UserFile => Path.Combine(ConfigHome, "outreach", "appsettings.json");

    [Fact]
    public async Task Status_NoDataDirectorySet_StateInThePerUserDataFolder_NamedAtTheTop()
    {
        var outcome = await ProgramRun.RunAsync(Environment(), "status");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var lines = outcome.Output.Split('\n');
        Assert.Equal($"Settings: {Path.Combine(AppContext.BaseDirectory, "appsettings.json")} (shipped), then {UserFile} (yours; not there yet, create it to change a setting); environment variables override both.", lines[0]);
        Assert.Equal($"Data folder: {Path.Combine(DataHome, "outreach")}", lines[1]);
        Assert.True(File.Exists(Path.Combine(DataHome, "outreach", "state.db")));
    }

    [Fact]
    public async Task Doctor_NamesTheSettingsFilesAndTheDataFolder()
    {
        await WriteUserFileAsync("""{ "Drafts": { "Signature": "Amira" } }""");

        var outcome = await ProgramRun.RunAsync(Environment(), "doctor");

        Assert.Contains($"ok    settings: {Path.Combine(AppContext.BaseDirectory, "appsettings.json")} (shipped), then {UserFile} (yours) and the environment pass validation\n", outcome.Output, StringComparison.Ordinal);
        Assert.Contains($"ok    data folder: {Path.Combine(DataHome, "outreach")} is writable\n", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersOwnFile_OverridesTheShippedOne_AndTheEnvironmentOverridesIt()
    {
        await WriteUserFileAsync("""{ "Storage": { "LockTimeout": "02:00:00" } }""");

        var fromFile = await ProgramRun.RunAsync(Environment(), "status");
        var fromEnvironment = await ProgramRun.RunAsync(Environment(($"{StorageOptions.SectionName}__LockTimeout", "00:00:05")), "status");

        Assert.Equal(2, fromFile.ExitCode);
        Assert.Equal($"Configuration error: {StorageOptions.SectionName}:LockTimeout must be between 00:00:00 and 01:00:00 (was 02:00:00).", Assert.Single(fromFile.ErrorLines));
        Assert.True(fromEnvironment.ExitCode == 0, fromEnvironment.ToString());
    }

    [Fact]
    public async Task OutreachSettings_NamesTheFileReadInsteadOfThePerUserOne()
    {
        var named = Path.Combine(root, "elsewhere.json");
        await File.WriteAllTextAsync(named, """{ "Storage": { "LockTimeout": "02:00:00" } }""");

        var outcome = await ProgramRun.RunAsync(Environment(("OUTREACH_SETTINGS", named)), "status");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal($"Configuration error: {StorageOptions.SectionName}:LockTimeout must be between 00:00:00 and 01:00:00 (was 02:00:00).", Assert.Single(outcome.ErrorLines));
    }

    [Fact]
    public async Task OutreachSettings_AMissingFile_OneLineExitCode2()
    {
        var missing = Path.Combine(root, "missing.json");

        var outcome = await ProgramRun.RunAsync(Environment(("OUTREACH_SETTINGS", missing)), "status");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal($"Configuration error: OUTREACH_SETTINGS names {missing}, which does not exist; create it or unset OUTREACH_SETTINGS.", Assert.Single(outcome.ErrorLines));
    }

    [Fact]
    public async Task UsersOwnFile_NotJson_OneLineNamingItExitCode2()
    {
        await WriteUserFileAsync("""{ "Storage": """);

        var outcome = await ProgramRun.RunAsync(Environment(), "status");

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith($"Configuration error: Failed to load configuration from file '{UserFile}': ", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataDirectory_Relative_OneLineExitCode2_NothingWritten()
    {
        var outcome = await ProgramRun.RunAsync(Environment(($"{StorageOptions.SectionName}__DataDirectory", "data")), "run", "--once");

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith($"Configuration error: {StorageOptions.SectionName}:DataDirectory must be a full path (was \"data\")", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
        Assert.False(Directory.Exists(DataHome));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private async Task WriteUserFileAsync(string json)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(UserFile)!);
        await File.WriteAllTextAsync(UserFile, json);
    }

    /// <summary>The demo's settings without a data folder, and per-user folders of this test's own.</summary>
    private Dictionary<string, string> Environment(params (string Key, string Value)[] more)
    {
        var environment = ProgramRun.Environment(string.Empty);
        environment.Remove($"{StorageOptions.SectionName}__DataDirectory");
        environment["XDG_CONFIG_HOME"] = ConfigHome;
        environment["XDG_DATA_HOME"] = DataHome;
        foreach (var (key, value) in more)
        {
            environment[key] = value;
        }

        return environment;
    }
}
