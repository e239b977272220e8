namespace OutreachAssistant.Core.Etiquette.Rules;

/// <summary><c>signature.missing</c>: nothing below the text reads as a signature (name, school, class year, contact).</summary>
public sealed class SignatureMissingRule : IEtiquetteRule
{
    public string Id => "signature.missing";

    public string Source => GuideSources.PediatricsEmailProfessionalism;

    public RuleSettings Defaults { get; } = new() { Severity = Severity.Warning };

    public IEnumerable<Finding> Check(LintMessage message, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(message.Own.Signature))
        {
            yield return this.Found(this.Effective(settings), "No signature found; sign with your name, school and class year, and how to reach you.");
        }
    }
}
