using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Graph;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.FollowUps;

namespace OutreachAssistant.Worker.Findings;

/// <summary>
/// Checks an outreach message the user sent against the etiquette rules, keeps the findings (not the
/// text) and, as configured, shows them as Outlook categories on the sent message itself (not in a dry run,
/// whose mailbox is read-only).
/// </summary>
public sealed partial class SentMessageReview(
    EtiquetteChecker checker,
    FindingLog findingLog,
    IOptions<FindingsOptions> options,
    TimeProvider clock,
    ILogger<SentMessageReview> logger)
{
    public async Task<IReadOnlyList<Finding>> ReviewAsync(
        GraphMailbox mailbox, string threadId, MailMessage sent, EtiquetteHistory history, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(sent);
        var findings = checker.Check(sent, MailboxTimeZone.Resolve(mailbox.Profile.TimeZone), history);
        var now = clock.GetUtcNow();
        await findingLog.SaveAsync(sent.Id, [.. findings.Select(f => new FindingRecord
        {
            ThreadId = threadId,
            MessageId = sent.Id,
            RuleId = f.RuleId,
            Severity = f.Severity.ToString().ToUpperInvariant() switch { "INFO" => "info", "WARNING" => "warning", _ => "error" },
            Message = f.Message,
            Source = f.Source,
            At = now,
        })], cancellationToken);

        var labels = findings
            .Where(f => f.Severity >= options.Value.MinimumSeverity)
            .Select(f => options.Value.CategoryPrefix + FindingLabels.For(f.RuleId))
            .Distinct(StringComparer.Ordinal)
            .Where(label => !sent.Categories.Contains(label, StringComparer.OrdinalIgnoreCase))
            .ToList();
        var tag = options.Value.TagSentMessages && labels.Count > 0 && !mailbox.IsReadOnly;
        if (tag)
        {
            await mailbox.SetCategoriesAsync(sent.Id, [.. sent.Categories, .. labels], cancellationToken);
        }

        LogReviewed(logger, threadId, findings.Count, tag ? labels.Count : 0);
        return findings;
    }

    [LoggerMessage(EventId = 700, Level = LogLevel.Information, Message = "Checked a sent message of thread {ThreadId}: {Findings} findings, {Categories} categories added")]
    private static partial void LogReviewed(ILogger logger, string threadId, int findings, int categories);
}
