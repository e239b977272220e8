namespace OutreachAssistant.Core.Etiquette;

/// <summary>Builds a rule's findings with its id, source and the configured severity.</summary>
public static class RuleFindings
{
    /// <summary>Settings with every value the rule needs: the configured ones over the rule's defaults.</summary>
    public static RuleSettings Effective(this IRuleDefinition rule, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(settings);
        return ReferenceEquals(settings.OverlaidDefaults, rule.Defaults) ? settings : settings.OverlaidOn(rule.Defaults);
    }

    public static Finding Found(this IRuleDefinition rule, RuleSettings effective, string message) =>
        rule.Found(effective.Severity ?? Severity.Warning, message);

    public static Finding Found(this IRuleDefinition rule, Severity severity, string message)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(rule.Id, severity, message, rule.Source);
    }
}
