using System.Globalization;

namespace OutreachAssistant.Core.Etiquette.Rules;

/// <summary><c>timing.late-night</c>: sent at night on the mailbox's clock (22:00 to 06:00 by default).</summary>
public sealed class LateNightRule : IEtiquetteRule
{
    public string Id => "timing.late-night";

    public string Source => GuideSources.PediatricsOversharing;

    public RuleSettings Defaults { get; } = new()
    {
        Severity = Severity.Warning,
        NightStarts = TimeSpan.FromHours(22),
        NightEnds = TimeSpan.FromHours(6),
    };

    public IEnumerable<Finding> Check(LintMessage message, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.LocalSentAt is not { } local)
        {
            yield break;
        }

        var s = this.Effective(settings);
        var starts = s.NightStarts.GetValueOrDefault();
        var ends = s.NightEnds.GetValueOrDefault();
        var time = local.TimeOfDay;

        // A night that wraps midnight (22:00–06:00) is two spans; one inside a day (01:00–05:00) is one.
        var atNight = starts > ends ? time >= starts || time < ends : time >= starts && time < ends;
        if (atNight)
        {
            yield return this.Found(s, string.Create(CultureInfo.InvariantCulture,
                $"Sent at {local:HH:mm} local time, between {starts:hh\\:mm} and {ends:hh\\:mm}; schedule it for the recipient's working hours."));
        }
    }
}
