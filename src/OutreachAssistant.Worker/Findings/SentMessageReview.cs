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
    IOptions<FindingsOptions> options,
    TimeProvider clock,
    ILogger<SentMessageReview> logger)
{
    /// <param name="mailbox">The mailbox the message was sent from.</param>
    /// <param name="threadId">The thread it belongs to.</param>
    /// <param name="sent">The message, with its body.</param>
    /// <param name="history">What the history rules compare it with.</param>
    /// <param name="batch">The tracking pass's writes, which keep the findings (in place of the message's earlier ones).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyList<Finding>> ReviewAsync(
        GraphMailbox mailbox, string threadId, MailMessage sent, EtiquetteHistory history, TrackingBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(batch);
        var findings = checker.Check(sent, MailboxTimeZone.Resolve(mailbox.Profile.TimeZone), history);
        var now = clock.GetUtcNow();
        batch.ReplaceFindings(sent.Id, [.. findings.Select(f => new FindingRecord
        {
            ThreadId = threadId,
            MessageId = sent.Id,
            RuleId = f.RuleId,
            Severity = f.Severity.ToString().ToUpperInvariant() switch { "INFO" => "info", "WARNING" => "warning", _ => "error" },
            Message = f.Message,
            Source = f.Source,
            At = now,
        })]);

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
