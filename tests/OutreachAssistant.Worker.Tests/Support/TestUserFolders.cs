namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>
/// Per-user folders for the programs tests start: the real user's settings file (<c>~/.config/outreach</c>) never
/// leaks into a test, and a test that keeps the default data folder never writes to the real one. On Linux .NET
/// reads these folders from the XDG variables. Nothing is made until a program writes there.
/// </summary>
public static class TestUserFolders
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), $"outreach-test-user-{Guid.NewGuid():N}");

    /// <summary>Applied first, so a test's own settings (another HOME, its own XDG folders) win.</summary>
    public static IReadOnlyDictionary<string, string?> Environment { get; } = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["XDG_CONFIG_HOME"] = Path.Combine(Root, "config"),
        ["XDG_DATA_HOME"] = Path.Combine(Root, "data"),
        ["OUTREACH_SETTINGS"] = null,
    };
}
