using System.Globalization;
using System.Text.RegularExpressions;

namespace OutreachAssistant.Core.Etiquette.Rules;

/// <summary>
/// <c>content.placeholder</c>: a template slot left unfilled in the subject, text or signature:
/// <c>[Name]</c>, <c>{{x}}</c>, <c>&lt;School&gt;</c>, or "Class of XXXX".
/// </summary>
public sealed partial class PlaceholderRule : IEtiquetteRule
{
    public string Id => "content.placeholder";

    public string Source => GuideSources.PsychiatrySampleEmails;

    public RuleSettings Defaults { get; } = new() { Severity = Severity.Error };

    public IEnumerable<Finding> Check(LintMessage message, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = string.Join("\n", message.Subject, message.Own.Text, message.Own.Signature);
        var slots = Slot().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        if (slots.Count > 0)
        {
            var s = this.Effective(settings);
            yield return this.Found(s, string.Create(CultureInfo.InvariantCulture,
                $"Unfilled template placeholder{(slots.Count == 1 ? string.Empty : "s")} {string.Join(", ", slots)}; fill {(slots.Count == 1 ? "it" : "them")} in before sending."));
        }
    }

    // [Name] and [Program Name] but not footnotes like [1]; <School> but not <a@b.org> or <https://…>; XXXX as in the guides' signature.
    [GeneratedRegex(
        @"\[(?!\d+\])[^\[\]\n]{1,60}\]"
        + @"|\{\{[^{}\n]{0,60}\}\}"
        + @"|<[A-Za-z][^<>@:/\n]{0,40}>"
        + @"|\bX{3,}\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Slot();
}
