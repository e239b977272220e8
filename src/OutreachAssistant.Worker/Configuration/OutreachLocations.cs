namespace OutreachAssistant.Worker.Configuration;

/// <summary>
/// Where the program finds its settings and shipped files (the demo seeds, the templates), and where its state
/// lives unless <c>Storage:DataDirectory</c> says otherwise. None of it depends on the folder the command runs
/// in, so every command, run from anywhere, works on the same state.
/// </summary>
/// <param name="ContentRoot">The folder relative settings paths (seeds, templates) are read from.</param>
/// <param name="Settings">The settings files, in the order they are read.</param>
/// <param name="DefaultDataDirectory">The data folder when <c>Storage:DataDirectory</c> is empty; empty when none is known.</param>
public sealed record OutreachLocations(string ContentRoot, SettingsFiles Settings, string DefaultDataDirectory)
{
    /// <summary>Names the user's settings file in place of the per-user one (a relative path is from the current folder).</summary>
    public const string SettingsVariable = "OUTREACH_SETTINGS";

    /// <summary>The folder of ours inside the per-user settings and data folders.</summary>
    public const string FolderName = "outreach";

    public const string SettingsFileName = "appsettings.json";

    /// <summary>
    /// The installed program: the shipped settings and files beside its assembly, the user's own settings in the
    /// per-user settings folder (<c>~/.config/outreach</c> on Linux, <c>%APPDATA%\outreach</c> on Windows) unless
    /// <c>OUTREACH_SETTINGS</c> names a file, and the state in the per-user data folder
    /// (<c>~/.local/share/outreach</c> on Linux, <c>%LOCALAPPDATA%\outreach</c> on Windows).
    /// </summary>
    /// <exception cref="SettingsFileException"><c>OUTREACH_SETTINGS</c> names a file that does not exist.</exception>
    public static OutreachLocations ForUser()
    {
        var program = AppContext.BaseDirectory;
        var named = Environment.GetEnvironmentVariable(SettingsVariable);
        string? user;
        if (!string.IsNullOrWhiteSpace(named))
        {
            user = Path.GetFullPath(named);
            if (!File.Exists(user))
            {
                throw new SettingsFileException($"{SettingsVariable} names {user}, which does not exist; create it or unset {SettingsVariable}.");
            }
        }
        else
        {
            user = PerUserFolder(Environment.SpecialFolder.ApplicationData) is { } settings ? Path.Combine(settings, SettingsFileName) : null;
        }

        return new OutreachLocations(
            program,
            new SettingsFiles(Path.Combine(program, SettingsFileName), user, UserIsRequired: !string.IsNullOrWhiteSpace(named)),
            PerUserFolder(Environment.SpecialFolder.LocalApplicationData) ?? string.Empty);
    }

    /// <summary>A host given its own content root (tests, embedding): its appsettings.json alone, and its state in its <c>data</c> folder.</summary>
    public static OutreachLocations In(string contentRoot) =>
        new(contentRoot, new SettingsFiles(Path.Combine(contentRoot, SettingsFileName), null, UserIsRequired: false), Path.Combine(contentRoot, "data"));

    /// <summary>Our folder inside a per-user folder; null where the system knows none (no home folder).</summary>
    private static string? PerUserFolder(Environment.SpecialFolder folder) =>
        Environment.GetFolderPath(folder, Environment.SpecialFolderOption.DoNotVerify) is { Length: > 0 } root ? Path.Combine(root, FolderName) : null;
}
