using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using OutreachAssistant.Storage;
using OutreachAssistant.Storage.Entities;
using OutreachAssistant.Worker.Configuration;

namespace OutreachAssistant.Worker.Commands;

/// <summary><c>outreach status [--json]</c>: every tracked thread from the store; it does not touch the mailbox.</summary>
public sealed class StatusReport(OutreachStore store, IOptions<MailboxesOptions> mailboxes)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public async Task<StatusSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken);
        var states = (await store.ListMailboxStatesAsync(cancellationToken)).ToDictionary(m => m.MailboxId, StringComparer.OrdinalIgnoreCase);
        var boxes = mailboxes.Value.Items
            .Select(m => states.TryGetValue(m.Id, out var state)
                ? new MailboxStatus(m.Id, state.Status, state.Detail, state.UpdatedAt)
                : new MailboxStatus(m.Id, "not-synced", "not synced yet", null))
            .ToList();
        var findings = (await store.ListFindingsAsync(cancellationToken)).ToLookup(f => f.ThreadId, StringComparer.Ordinal);
        return new StatusSnapshot(boxes, [.. (await store.ListThreadsAsync(cancellationToken)).Select(t => ToStatus(t, findings[t.Id]))]);
    }

    public static string ToJson(StatusSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Json);

    public static string ToText(StatusSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var text = new StringBuilder();
        foreach (var m in snapshot.Mailboxes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"mailbox {m.Mailbox}: {m.Status}{(m.Detail.Length > 0 ? $" ({m.Detail})" : string.Empty)}");
        }

        var threads = snapshot.Threads;
        if (threads.Count == 0)
        {
            return text.AppendLine("No outreach threads tracked yet.").ToString();
        }

        foreach (var t in threads)
        {
            var next = t.NextActionAt is { } at ? at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "none";
            text.AppendLine(CultureInfo.InvariantCulture, $"{t.State,-13} {t.Contact}  \"{t.Subject}\"")
                .AppendLine(CultureInfo.InvariantCulture, $"              kind {t.Kind}; next action {next}; {t.Reason}; drafts {t.Drafts.Count}");
            foreach (var finding in t.Findings)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"              {finding.Severity} {finding.RuleId}: {finding.Message} ({finding.Source})");
            }
        }

        return text.ToString();
    }

    private static ThreadStatus ToStatus(ThreadEntity t, IEnumerable<FindingEntity> findings) => new(
        t.MailboxId,
        t.Id,
        t.ContactAddress,
        t.ContactName,
        t.Subject,
        JsonNamingPolicy.KebabCaseLower.ConvertName(t.Kind.ToString()),
        JsonNamingPolicy.KebabCaseLower.ConvertName(t.State.ToString()),
        t.OutreachSentAt,
        t.NextActionAt,
        t.Reason,
        [.. t.Drafts.OrderBy(d => d.Sequence).Select(d => new DraftStatus(d.Sequence, d.MessageId, d.CreatedAt))],
        [.. findings.Select(f => new FindingStatus(f.MessageId, f.RuleId, f.Severity, f.Message, f.Source))]);
}
