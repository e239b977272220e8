namespace OutreachAssistant.Worker.Configuration;

/// <summary>
/// The settings files read, in this order, each overriding the one before: the shipped defaults beside the
/// program, then the user's own (optional where it is looked for, required where <c>OUTREACH_SETTINGS</c> names it).
/// Environment variables override both.
/// </summary>
/// <param name="Shipped">appsettings.json beside the program (or in a host's own content root).</param>
/// <param name="User">The user's own file; null for a host given its own content root (tests, embedding).</param>
/// <param name="UserIsRequired">True when <c>OUTREACH_SETTINGS</c> named it: a missing file is then an error, not a default.</param>
public sealed record SettingsFiles(string Shipped, string? User, bool UserIsRequired)
{
    /// <summary>Every file in reading order, with whether it is there now.</summary>
    public IReadOnlyList<SettingsFileInUse> InOrder =>
    [
        new(Shipped, "shipped", File.Exists(Shipped)),
        .. User is null ? Array.Empty<SettingsFileInUse>() : [new SettingsFileInUse(User, "yours", File.Exists(User))],
    ];
}
