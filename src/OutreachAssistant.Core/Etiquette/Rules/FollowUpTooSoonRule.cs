using System.Globalization;

namespace OutreachAssistant.Core.Etiquette.Rules;

/// <summary><c>followup.too-soon</c>: a follow-up sent sooner than a week after the unanswered message before it.</summary>
public sealed class FollowUpTooSoonRule : IHistoryRule
{
    public string Id => "followup.too-soon";

    public string Source => GuideSources.PediatricsBoundaries;

    public RuleSettings Defaults { get; } = new() { Severity = Severity.Warning, MinimumGap = TimeSpan.FromDays(7) };

    public IEnumerable<Finding> Check(LintMessage message, EtiquetteHistory history, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(message);
        var s = this.Effective(settings);
        var minimum = s.MinimumGap.GetValueOrDefault();
        if (UnansweredRun.GapBefore(history, message.SentAt, minimumRun: 1) is { } gap && gap < minimum)
        {
            yield return this.Found(s, string.Create(CultureInfo.InvariantCulture,
                $"A follow-up {gap.TotalDays:0.#} days after an unanswered message; wait at least {minimum.TotalDays:0.#} days (the guides say 1–2 weeks)."));
        }
    }
}
