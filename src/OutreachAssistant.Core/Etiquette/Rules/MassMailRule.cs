using System.Globalization;

namespace OutreachAssistant.Core.Etiquette.Rules;

/// <summary>
/// <c>audience.mass-mail</c>: one own text sent to many recipients at once, or, with history, to many
/// separate recipients within a day.
/// </summary>
public sealed class MassMailRule : IEtiquetteRule, IHistoryRule
{
    public string Id => "audience.mass-mail";

    public string Source => GuideSources.PediatricsBeforeApplications;

    public RuleSettings Defaults { get; } = new()
    {
        Severity = Severity.Warning,
        MaxRecipients = 3,
        MaxRecipientsPerDay = 5,
        Window = TimeSpan.FromDays(1),
    };

    /// <summary>
    /// The most recipients an outreach may have and still get a follow-up: the rule's <c>MaxRecipients</c> as
    /// configured; null (no limit) when the rule is switched off.
    /// </summary>
    public static int? FollowUpLimit(EtiquetteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var rule = new MassMailRule();
        var effective = rule.Effective(options.For(rule.Id) ?? new RuleSettings());
        return effective.Enabled ? effective.MaxRecipients : null;
    }

    public IEnumerable<Finding> Check(LintMessage message, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(message);
        var s = this.Effective(settings);
        var count = message.AllRecipients.Distinct().Count();
        var max = s.MaxRecipients.GetValueOrDefault();
        if (count > max)
        {
            yield return this.Found(s, string.Create(CultureInfo.InvariantCulture,
                $"Sent to {count} recipients at once (more than {max}); write to each person on their own, with a reason that fits them."));
        }
    }

    public IEnumerable<Finding> Check(LintMessage message, EtiquetteHistory history, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(history);
        if (message.SentAt is not { } at)
        {
            yield break;
        }

        var s = this.Effective(settings);
        var window = s.Window.GetValueOrDefault();
        var sameText = history.RecentSent
            .Where(m => (m.At - at).Duration() < window && OwnTextSimilarity.IsSameText(m, message.Own.Text))
            .ToList();
        var recipients = sameText.SelectMany(m => m.Recipients).Concat(message.AllRecipients).Distinct().Count();
        var max = s.MaxRecipientsPerDay.GetValueOrDefault();
        if (sameText.Count > 0 && recipients > max)
        {
            yield return this.Found(s, string.Create(CultureInfo.InvariantCulture,
                $"The same text went to {recipients} recipients within {window.TotalHours:0.#} hours (more than {max}); programs notice a mass mailing."));
        }
    }
}
