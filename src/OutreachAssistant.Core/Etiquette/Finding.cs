namespace OutreachAssistant.Core.Etiquette;

/// <summary>One rule's objection to one message.</summary>
/// <param name="RuleId">The rule's catalogue id, e.g. <c>length.lines</c>.</param>
/// <param name="Severity">How much it matters, as configured.</param>
/// <param name="Message">What is wrong, in words the user can act on.</param>
/// <param name="Source">The guide and section the rule comes from.</param>
public sealed record Finding(string RuleId, Severity Severity, string Message, string Source);
