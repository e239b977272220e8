using System.Globalization;
using System.Text.RegularExpressions;

namespace OutreachAssistant.Core.Etiquette.Rules;

/// <summary><c>content.generic-plea</c>: "please consider my application" and its kin, which say nothing about the reader.</summary>
public sealed partial class GenericPleaRule : IEtiquetteRule
{
    public string Id => "content.generic-plea";

    public string Source => GuideSources.PediatricsBeforeApplications;

    public RuleSettings Defaults { get; } = new() { Severity = Severity.Warning };

    public IEnumerable<Finding> Check(LintMessage message, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(message);

        // Every plea names one of these words; most emails hold none, and a plain search is cheaper than the pattern.
        var match = new[] { message.Subject, message.Own.Text }
            .Where(part => Cues.Any(cue => part.Contains(cue, StringComparison.OrdinalIgnoreCase)))
            .Select(part => Plea().Match(part))
            .FirstOrDefault(m => m.Success);
        if (match is not null)
        {
            yield return this.Found(this.Effective(settings), string.Create(CultureInfo.InvariantCulture,
                $"\"{match.Value}\" is a generic plea; give a specific reason for writing to this person or program instead."));
        }
    }

    private static readonly string[] Cues = ["consider", "review", "look", "accept", "position", "spot", "opening"];

    // "consider" as a verb only, so "thank you for your consideration" stays fine.
    [GeneratedRegex(
        @"\b(?:(?:please|kindly)\s+(?:(?:do\s+)?consider|review|look\s+(?:at|into)|accept)\s+(?:my\s+(?:application|candidacy|candidature|cv|resume|profile|file)|me)\b"
        + @"|\b(?:i\s+)?(?:hope|request|beg|ask)\s+(?:that\s+)?you\s+(?:will\s+|would\s+|to\s+)?consider\s+(?:my\s+(?:application|candidacy|candidature)|me\s+for)\b"
        + @"|\bconsider\s+my\s+(?:application|candidacy|candidature)\s+(?:favou?rably|for\s+an?\s+interview|positively)"
        + @"|\bany\s+(?:position|spot|opening)\s+(?:is|would\s+be)\s+(?:fine|welcome)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Plea();
}
