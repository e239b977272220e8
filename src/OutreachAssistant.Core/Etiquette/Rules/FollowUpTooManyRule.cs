using System.Globalization;

namespace OutreachAssistant.Core.Etiquette.Rules;

/// <summary><c>followup.too-many</c>: more follow-ups to one unanswered message than allowed (one by default).</summary>
public sealed class FollowUpTooManyRule : IHistoryRule
{
    public string Id => "followup.too-many";

    public string Source => GuideSources.PediatricsBoundaries;

    public RuleSettings Defaults { get; } = new() { Severity = Severity.Warning, MaxFollowUps = 1 };

    public IEnumerable<Finding> Check(LintMessage message, EtiquetteHistory history, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.SentAt is not { } at)
        {
            yield break;
        }

        // The run's first message is the unanswered one; every later one, and this message, is a follow-up.
        var followUp = UnansweredRun.Before(history, at).Count;
        var s = this.Effective(settings);
        var max = s.MaxFollowUps.GetValueOrDefault();
        if (followUp > max)
        {
            yield return this.Found(s, string.Create(CultureInfo.InvariantCulture,
                $"This would be follow-up number {followUp} without an answer (at most {max}); if there is still no reply, move on politely."));
        }
    }
}
