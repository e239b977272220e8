using System.Globalization;
using System.Text.RegularExpressions;

namespace OutreachAssistant.Core.Etiquette.Rules;

/// <summary><c>content.guarantee-ask</c>: asks for a guaranteed or promised interview or position.</summary>
public sealed partial class GuaranteeAskRule : IEtiquetteRule
{
    public string Id => "content.guarantee-ask";

    public string Source => GuideSources.PsychiatryEmailingPrograms;

    public RuleSettings Defaults { get; } = new() { Severity = Severity.Warning };

    public IEnumerable<Finding> Check(LintMessage message, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(message);
        var match = GuaranteeAsk().Match(message.Subject + "\n" + message.Own.Text);
        if (match.Success)
        {
            yield return this.Found(this.Effective(settings), string.Create(CultureInfo.InvariantCulture,
                $"\"{match.Value}\" asks for a promise no program can give; show your interest and ask something modest."));
        }
    }

    [GeneratedRegex(
        @"\bguarantee(?:d|s)?\b(?:\s+\w+){0,3}?\s+(?:interview|spot|position|place|match|seat|acceptance|offer)s?\b"
        + @"|\b(?:interview|spot|position|place|match|seat|acceptance|offer)s?\b(?:\s+\w+){0,3}?\s+(?:is\s+|be\s+)?guaranteed\b"
        + @"|\b(?:promise|assure)\s+(?:me\s+)?(?:an?\s+)?(?:interview|spot|position|place)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GuaranteeAsk();
}
