namespace OutreachAssistant.Core.Etiquette.Rules;

/// <summary><c>subject.missing</c>: the message has no subject at all.</summary>
public sealed class SubjectMissingRule : IEtiquetteRule
{
    public string Id => "subject.missing";

    public string Source => GuideSources.PediatricsEmailOutreach;

    public RuleSettings Defaults { get; } = new() { Severity = Severity.Error };

    public IEnumerable<Finding> Check(LintMessage message, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(message.Subject))
        {
            yield return this.Found(this.Effective(settings), "The message has no subject; say who you are and what you ask for.");
        }
    }
}
