using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Etiquette;

/// <summary>
/// Runs every enabled rule over a message and returns the findings in catalogue order. Pure: the time
/// a message was sent comes with the message, history comes as an argument.
/// </summary>
public sealed class EtiquetteChecker
{
    // Each enabled rule with its settings over its defaults, worked out once: a check runs for every message.
    private readonly (IEtiquetteRule Rule, RuleSettings Settings)[] messageRules;
    private readonly (IHistoryRule Rule, RuleSettings Settings)[] historyRules;

    /// <exception cref="ArgumentException">The options name an unknown rule or a bad value.</exception>
    public EtiquetteChecker(EtiquetteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = EtiquetteOptionsValidator.Validate(options);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors), nameof(options));
        }

        messageRules = [.. Enabled(EtiquetteRules.MessageRules, options)];
        historyRules = [.. Enabled(EtiquetteRules.HistoryRules, options)];
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
        var findings = new List<Finding>();
        foreach (var (rule, settings) in messageRules)
        {
            findings.AddRange(rule.Check(message, settings));
        }

        return findings;
    }

    /// <summary>The findings of every rule, the history ones included.</summary>
    public IReadOnlyList<Finding> Check(LintMessage message, EtiquetteHistory history)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(history);
        message = message with { AnswersReply = message.AnswersReply || AnswersReply(message, history) };
        var findings = Check(message).Concat(historyRules.SelectMany(r => r.Rule.Check(message, history, r.Settings)));
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

    /// <summary>A person answered in the thread before the message was sent (an automatic reply or a bounce answers nothing).</summary>
    private static bool AnswersReply(LintMessage message, EtiquetteHistory history) =>
        history.Thread.Any(m => m.Direction == ThreadMessageDirection.Inbound && m.InboundKind == InboundKind.Reply && (message.SentAt is not { } sent || m.At < sent));

    private static IEnumerable<(T Rule, RuleSettings Settings)> Enabled<T>(IEnumerable<T> rules, EtiquetteOptions options)
        where T : IRuleDefinition =>
        rules.Select(rule => (rule, (options.For(rule.Id) ?? new RuleSettings()).OverlaidOn(rule.Defaults))).Where(r => r.Item2.Enabled);

    private static int IndexOf(string ruleId) =>
        EtiquetteRules.All.Select((r, i) => (r.Id, i)).First(p => p.Id == ruleId).i;
}
