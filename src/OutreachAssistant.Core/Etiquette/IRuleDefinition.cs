namespace OutreachAssistant.Core.Etiquette;

/// <summary>What every rule declares: its id, where it comes from, and its default settings.</summary>
public interface IRuleDefinition
{
    /// <summary>The catalogue id, e.g. <c>length.lines</c>.</summary>
    string Id { get; }

    /// <summary>The guide and section the rule comes from.</summary>
    string Source { get; }

    /// <summary>The severity and thresholds used when the settings leave them out.</summary>
    RuleSettings Defaults { get; }
}
