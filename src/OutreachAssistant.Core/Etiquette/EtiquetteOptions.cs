namespace OutreachAssistant.Core.Etiquette;

/// <summary>
/// The etiquette rules' settings, bound from <c>Etiquette</c>, keyed by rule id
/// (<c>Etiquette:Rules:length.lines:WarningOver</c>). A rule not listed runs with its catalogue defaults.
/// </summary>
public sealed class EtiquetteOptions
{
    /// <summary>The configuration section these settings are bound from.</summary>
    public const string SectionName = "Etiquette";

    /// <summary>Settings per rule id. <value>Default: none, so every rule runs with its own defaults.</value></summary>
    public IDictionary<string, RuleSettings> Rules { get; init; } = new Dictionary<string, RuleSettings>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The settings configured for <paramref name="ruleId"/>, or null.</summary>
    public RuleSettings? For(string ruleId)
    {
        // The binder may replace the dictionary with a case-sensitive one; look up without regard to case either way.
        return Rules.FirstOrDefault(r => string.Equals(r.Key, ruleId, StringComparison.OrdinalIgnoreCase)).Value;
    }
}
