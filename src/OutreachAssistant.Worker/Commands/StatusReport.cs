using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using OutreachAssistant.Storage;
using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Worker.Commands;

/// <summary><c>outreach status [--json]</c>: every tracked thread from the store; it does not touch the mailbox.</summary>
public sealed class StatusReport(OutreachStore store)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public async Task<IReadOnlyList<ThreadStatus>> ReadAsync(CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken);
        return [.. (await store.ListThreadsAsync(cancellationToken)).Select(ToStatus)];
    }

    public static string ToJson(IReadOnlyList<ThreadStatus> threads) => JsonSerializer.Serialize(threads, Json);

    public static string ToText(IReadOnlyList<ThreadStatus> threads)
    {
        ArgumentNullException.ThrowIfNull(threads);
        if (threads.Count == 0)
        {
            return "No outreach threads tracked yet.\n";
        }

        var text = new StringBuilder();
        foreach (var t in threads)
        {
            var next = t.NextActionAt is { } at ? at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "none";
            text.AppendLine(CultureInfo.InvariantCulture, $"{t.State,-13} {t.Contact}  \"{t.Subject}\"")
                .AppendLine(CultureInfo.InvariantCulture, $"              kind {t.Kind}; next action {next}; {t.Reason}; drafts {t.Drafts.Count}");
        }

        return text.ToString();
    }

    private static ThreadStatus ToStatus(ThreadEntity t) => new(
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
        [.. t.Drafts.OrderBy(d => d.Sequence).Select(d => new DraftStatus(d.Sequence, d.MessageId, d.CreatedAt))]);
}
