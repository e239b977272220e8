using System.Globalization;
using System.Text;
using System.Text.Json;
using OutreachAssistant.Worker.Commands;

namespace OutreachAssistant.Worker.Show;

/// <summary>
/// <c>outreach show</c> as text for a terminal, or as JSON. It shows an address and a subject: the user's own mail,
/// printed to the user, never logged.
/// </summary>
public static class ShowOutput
{
    private const string Indent = "  ";
    private const string When = "ddd d MMM yyyy HH:mm";

    private static readonly JsonSerializerOptions Json = CommandJson.Options;

    public static string ToJson(ShowSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Json);

    public static string ToText(ShowSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var t = snapshot.Thread;
        var contact = t.ContactName is { Length: > 0 } name ? $"{name} <{t.Contact}>" : t.Contact;
        var next = t.NextActionAt is { } at ? at.ToString(When, CultureInfo.InvariantCulture) : "none";
        var text = new StringBuilder(snapshot.InUse.ToText())
            .AppendLine(CultureInfo.InvariantCulture, $"thread {t.ThreadId} in mailbox {t.Mailbox}; times in {snapshot.TimeZone}")
            .AppendLine(CultureInfo.InvariantCulture, $"{contact}  \"{t.Subject}\"")
            .AppendLine(CultureInfo.InvariantCulture, $"kind {t.Kind}; state {t.State}; next action {next}")
            .AppendLine(CultureInfo.InvariantCulture, $"why: {t.Reason}")
            .AppendLine("timeline:");
        foreach (var entry in snapshot.Timeline)
        {
            // "Tue 1 Dec" and "Sun 15 Nov" differ in width: padded, the kinds line up.
            text.AppendLine(CultureInfo.InvariantCulture, $"{Indent}{entry.At.ToString(When, CultureInfo.InvariantCulture),-22} {entry.Kind,-15} {entry.Detail}");
        }

        if (t.Findings.Count == 0)
        {
            return text.AppendLine("findings: none").ToString();
        }

        text.AppendLine("findings:");
        var sent = snapshot.Timeline.Where(e => e.Kind == "sent").ToDictionary(e => e.MessageId, StringComparer.Ordinal);
        foreach (var finding in t.Findings)
        {
            var on = sent.TryGetValue(finding.MessageId, out var message) ? $" on your message of {message.At.ToString(When, CultureInfo.InvariantCulture)}" : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"{Indent}{finding.Severity} {finding.RuleId}{on}: {finding.Message} ({finding.Source})");
        }

        return text.ToString();
    }
}
