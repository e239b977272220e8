using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.FollowUps;
using OutreachAssistant.Worker.StorageFaults;

namespace OutreachAssistant.Worker.Commands;

/// <summary><c>outreach status [--json]</c>: every tracked thread from the store; it does not touch the mailbox.</summary>
public sealed class StatusReport(
    StateMigrator migrator,
    ThreadStore threads,
    MailboxHealth health,
    SyncCursors cursors,
    SkippedMessageLog skips,
    FindingLog findingLog,
    DataFolderCheck dataFolder,
    OutreachPaths paths,
    IOptions<MailboxesOptions> mailboxes)
{
    private static readonly JsonSerializerOptions Json = CommandJson.Options;

    public Task<StatusSnapshot> ReadAsync(CancellationToken cancellationToken) => ReadAsync(StatusFilter.None, cancellationToken);

    /// <summary>The threads <paramref name="filter"/> lets through, the soonest next action first (none last, the newest outreach first among them).</summary>
    /// <exception cref="StatusFilterException">The filter names a state or mailbox there is not.</exception>
    public async Task<StatusSnapshot> ReadAsync(StatusFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        StatusFilters.Check(filter, mailboxes.Value);
        await dataFolder.EnsureUsableAsync(cancellationToken);
        await migrator.EnsureCreatedAsync(cancellationToken);
        var states = (await health.ListAsync(cancellationToken)).ToDictionary(m => m.MailboxId, StringComparer.OrdinalIgnoreCase);
        var zones = states.Values.ToDictionary(m => m.MailboxId, m => MailboxTimeZone.Resolve(m.TimeZone), StringComparer.OrdinalIgnoreCase);
        var skipped = await skips.CountAsync(cancellationToken);
        var synced = await cursors.LastSyncedAsync(cancellationToken);
        var boxes = mailboxes.Value.Items
            .Where(m => StatusFilters.Lets(filter.Mailboxes, m.Id))
            .Select(m => states.TryGetValue(m.Id, out var state)
                ? new MailboxStatus(m.Id, state.Status, state.Detail, state.UpdatedAt, zones[m.Id].Id, skipped.GetValueOrDefault(m.Id), state.TimeZoneAssumption)
                {
                    LastSyncedAt = synced.TryGetValue(m.Id, out var at) ? TimeZoneInfo.ConvertTime(at, zones[m.Id]) : null,
                }
                : new MailboxStatus(m.Id, "not-synced", "not synced yet", null, TimeZoneInfo.Utc.Id))
            .ToList();
        var findings = (await findingLog.ListAsync(cancellationToken)).ToLookup(f => f.ThreadId, StringComparer.Ordinal);
        return new StatusSnapshot(LocationsInUse.Of(paths), boxes, [.. (await threads.ListAsync(cancellationToken))
            .Select(t => ToStatus(t, findings[t.Id], zones.GetValueOrDefault(t.MailboxId, TimeZoneInfo.Utc)))
            .Where(t => StatusFilters.Lets(filter.States, t.State) && StatusFilters.Lets(filter.Mailboxes, t.Mailbox))
            .OrderBy(t => t.NextActionAt is null)
            .ThenBy(t => t.NextActionAt)
            .ThenByDescending(t => t.OutreachSentAt)]);
    }

    public static string ToJson(StatusSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Json);

    public static string ToText(StatusSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var text = new StringBuilder(snapshot.InUse.ToText());
        foreach (var m in snapshot.Mailboxes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"mailbox {m.Mailbox}: {m.Status}{(m.Detail.Length > 0 ? $" ({m.Detail})" : string.Empty)}; {SyncedText(m.LastSyncedAt)}; times in {m.TimeZone}{(m.Assumed is null ? string.Empty : $"; {m.Assumed}")}{SkippedText(m.Skipped)}");
        }

        var threads = snapshot.Threads;
        if (threads.Count == 0)
        {
            return text.AppendLine("No outreach threads tracked yet.").ToString();
        }

        foreach (var t in threads)
        {
            // Next-action times carry the mailbox's offset; the zone is named once per mailbox line above.
            var next = t.NextActionAt is { } at ? at.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture) : "none";
            text.AppendLine(CultureInfo.InvariantCulture, $"{t.State,-13} {t.Contact}  \"{t.Subject}\"")
                .AppendLine(CultureInfo.InvariantCulture, $"              kind {t.Kind}; next action {next}; {t.Reason}; drafts {t.Drafts.Count}");
            foreach (var finding in t.Findings)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"              {finding.Severity} {finding.RuleId}: {finding.Message} ({finding.Source})");
            }
        }

        return text.ToString();
    }

    /// <summary>"last synced Mon 2 Nov 2026 10:00", or "never synced".</summary>
    private static string SyncedText(DateTimeOffset? at) =>
        at is { } synced ? $"last synced {synced.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture)}" : "never synced";

    /// <summary>"; 3 messages skipped: 2 date-out-of-range, 1 unparsable-address", or nothing.</summary>
    private static string SkippedText(IReadOnlyDictionary<string, int>? skipped) =>
        skipped is { Count: > 0 }
            ? $"; {skipped.Values.Sum()} message(s) skipped: {string.Join(", ", skipped.Select(s => $"{s.Value} {s.Key}"))}"
            : string.Empty;

    /// <summary>Times are turned to the mailbox's clock: the same instant, read as the user reads their calendar.</summary>
    internal static ThreadStatus ToStatus(ThreadRecord t, IEnumerable<FindingRecord> findings, TimeZoneInfo zone) => new(
        t.MailboxId,
        t.Id,
        t.ContactAddress,
        t.ContactName,
        t.Subject,
        JsonNamingPolicy.KebabCaseLower.ConvertName(t.Kind.ToString()),
        JsonNamingPolicy.KebabCaseLower.ConvertName(t.State.ToString()),
        TimeZoneInfo.ConvertTime(t.OutreachSentAt, zone),
        t.NextActionAt is { } at ? TimeZoneInfo.ConvertTime(at, zone) : null,
        t.Reason,
        [.. t.Drafts.OrderBy(d => d.CreatedAt).Select(d => new DraftStatus(
            JsonNamingPolicy.KebabCaseLower.ConvertName(d.Purpose.ToString()), d.Sequence, d.MessageId, TimeZoneInfo.ConvertTime(d.CreatedAt, zone)))],
        [.. findings.Select(f => new FindingStatus(f.MessageId, f.RuleId, f.Severity, f.Message, f.Source))]);
}
