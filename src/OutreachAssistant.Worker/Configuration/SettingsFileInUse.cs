namespace OutreachAssistant.Worker.Configuration;

/// <summary>One settings file: where it is, whose it is (<c>shipped</c> or <c>yours</c>), and whether it exists.</summary>
public sealed record SettingsFileInUse(string Path, string Role, bool Exists);
