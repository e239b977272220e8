namespace OutreachAssistant.Core.Etiquette;

/// <summary>A rule that judges one message on its own.</summary>
public interface IEtiquetteRule : IRuleDefinition
{
    /// <param name="message">The message.</param>
    /// <param name="settings">The configured settings; values left out fall back to <see cref="IRuleDefinition.Defaults"/>.</param>
    IEnumerable<Finding> Check(LintMessage message, RuleSettings settings);
}
