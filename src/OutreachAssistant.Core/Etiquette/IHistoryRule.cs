namespace OutreachAssistant.Core.Etiquette;

/// <summary>A rule that judges a message against what the user sent and received before it.</summary>
public interface IHistoryRule : IRuleDefinition
{
    /// <param name="message">The message, with its <see cref="LintMessage.SentAt"/>.</param>
    /// <param name="history">The thread so far and the user's other recent sends.</param>
    /// <param name="settings">The configured settings; values left out fall back to <see cref="IRuleDefinition.Defaults"/>.</param>
    IEnumerable<Finding> Check(LintMessage message, EtiquetteHistory history, RuleSettings settings);
}
