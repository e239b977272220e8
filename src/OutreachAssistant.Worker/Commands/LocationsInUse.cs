using OutreachAssistant.Worker.Configuration;

namespace OutreachAssistant.Worker.Commands;

/// <summary>The settings files and the data folder a command works with, named at the top of <c>run</c>, <c>status</c> and <c>drafts</c>.</summary>
public sealed record LocationsInUse(IReadOnlyList<SettingsFileInUse> SettingsFiles, string DataFolder)
{
    public static LocationsInUse Of(OutreachPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return new(paths.Settings.InOrder, paths.DataDirectory);
    }

    /// <summary>The settings files in reading order, e.g. "A (shipped), then B (yours; not there yet, create it to change a setting)".</summary>
    public string SettingsText() =>
        string.Join(", then ", SettingsFiles.Select(f => f.Exists ? $"{f.Path} ({f.Role})" : $"{f.Path} ({f.Role}; not there yet, create it to change a setting)"));

    /// <summary>Two lines: the settings files (environment variables override them) and the data folder.</summary>
    public string ToText() =>
        $"Settings: {SettingsText()}; environment variables override {(SettingsFiles.Count > 1 ? "both" : "it")}.\nData folder: {DataFolder}\n";
}
