using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Etiquette;

/// <summary>
/// Runs every enabled rule over a message and returns the findings in catalogue order. Pure: the time
/// a message was sent comes with the message, history comes as an argument.
/// </summary>
public sealed class EtiquetteChecker
{
    private readonly EtiquetteOptions options;

    /// <exception cref="ArgumentException">The options name an unknown rule or a bad value.</exception>
    public EtiquetteChecker(EtiquetteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = EtiquetteOptionsValidator.Validate(options);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors), nameof(options));
        }

        this.options = options;
    }

    /// <summary>A checker with every rule at its defaults.</summary>
    public EtiquetteChecker()
        : this(new EtiquetteOptions())
    {
    }

    /// <summary>The findings of the rules that judge a message on its own.</summary>
    public IReadOnlyList<Finding> Check(LintMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return [.. EtiquetteRules.MessageRules.SelectMany(rule => Run(rule, s => rule.Check(message, s)))];
    }

    /// <summary>The findings of every rule, the history ones included.</summary>
    public IReadOnlyList<Finding> Check(LintMessage message, EtiquetteHistory history)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(history);
        var findings = Check(message).Concat(EtiquetteRules.HistoryRules.SelectMany(rule => Run(rule, s => rule.Check(message, history, s))));
        return [.. findings.OrderBy(f => IndexOf(f.RuleId))];
    }

    /// <summary>
    /// A message the user sent, as synced from the mailbox, judged in the mailbox's time zone.
    /// </summary>
    /// <param name="message">The sent message; its plain-text body is read.</param>
    /// <param name="timeZone">The mailbox's time zone, for the late-night rule.</param>
    /// <param name="history">The thread and recent sends, or null for the single-message rules only.</param>
    /// <param name="attachments">Attachment names, or null when not known (then attachment rules stay silent).</param>
    public IReadOnlyList<Finding> Check(MailMessage message, TimeZoneInfo timeZone, EtiquetteHistory? history = null, IReadOnlyList<string>? attachments = null)
    {
        var lint = LintMessage.FromMail(message, timeZone, attachments);
        return history is null ? Check(lint) : Check(lint, history);
    }

    private IEnumerable<Finding> Run(IRuleDefinition rule, Func<RuleSettings, IEnumerable<Finding>> check)
    {
        var settings = options.For(rule.Id) ?? new RuleSettings();
        return settings.Enabled ? check(settings) : [];
    }

    private static int IndexOf(string ruleId) =>
        EtiquetteRules.All.Select((r, i) => (r.Id, i)).First(p => p.Id == ruleId).i;
}
