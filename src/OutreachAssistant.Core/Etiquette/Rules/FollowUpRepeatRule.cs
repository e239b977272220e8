using System.Globalization;

namespace OutreachAssistant.Core.Etiquette.Rules;

/// <summary><c>followup.repeat-within-two-weeks</c>: a second follow-up within two weeks of the previous one.</summary>
public sealed class FollowUpRepeatRule : IHistoryRule
{
    public string Id => "followup.repeat-within-two-weeks";

    public string Source => GuideSources.PediatricsBoundaries;

    public RuleSettings Defaults { get; } = new() { Severity = Severity.Warning, MinimumGap = TimeSpan.FromDays(14) };

    public IEnumerable<Finding> Check(LintMessage message, EtiquetteHistory history, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(message);
        var s = this.Effective(settings);
        var minimum = s.MinimumGap.GetValueOrDefault();

        // A run of two or more means the last unanswered message was itself a follow-up.
        if (UnansweredRun.GapBefore(history, message.SentAt, minimumRun: 2) is { } gap && gap < minimum)
        {
            yield return this.Found(s, string.Create(CultureInfo.InvariantCulture,
                $"Another follow-up {gap.TotalDays:0.#} days after the previous one; repeated follow-ups within {minimum.TotalDays:0.#} days strain the relationship."));
        }
    }
}
