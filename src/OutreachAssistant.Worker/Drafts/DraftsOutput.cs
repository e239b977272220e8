using System.Globalization;
using System.Text;
using System.Text.Json;
using OutreachAssistant.Worker.Commands;

namespace OutreachAssistant.Worker.Drafts;

/// <summary>
/// <c>outreach drafts</c> as text for a terminal, or as JSON. It shows addresses, subjects and text: it is the
/// user's own mail, printed to the user, never logged.
/// </summary>
public static class DraftsOutput
{
    private const string Indent = "            ";

    private static readonly JsonSerializerOptions Json = CommandJson.Options;

    public static string ToJson(DraftsSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Json);

    public static string ToText(DraftsSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var text = new StringBuilder(snapshot.InUse.ToText());
        foreach (var mailbox in snapshot.Mailboxes)
        {
            text.AppendLine(MailboxLine(mailbox));
            foreach (var draft in snapshot.Drafts.Where(d => string.Equals(d.Mailbox, mailbox.Mailbox, StringComparison.OrdinalIgnoreCase)))
            {
                AppendDraft(text, draft, mailbox.Read);
            }
        }

        return text.ToString();
    }

    /// <summary>One line per mailbox; when it could not be read, that line says so once, for all its drafts.</summary>
    private static string MailboxLine(MailboxDrafts mailbox) => mailbox switch
    {
        { Problem: { } problem } =>
            $"mailbox {mailbox.Mailbox}: the drafts' text could not be read ({problem}); {mailbox.Count} draft(s) listed from the record, some perhaps sent or deleted since",
        { Read: false } => $"mailbox {mailbox.Mailbox}: no drafts made yet",
        { Count: 0 } => $"mailbox {mailbox.Mailbox}: no unsent drafts (the ones made were sent or deleted)",
        _ => $"mailbox {mailbox.Mailbox}: {mailbox.Count} unsent draft(s)",
    };

    private static void AppendDraft(StringBuilder text, UnsentDraft draft, bool read)
    {
        var contact = draft.ContactName is { Length: > 0 } name ? $"{name} <{draft.Contact}>" : draft.Contact;
        var folder = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(draft.Folder.Replace('-', ' '));
        var made = draft.CreatedAt.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture);
        text.AppendLine(CultureInfo.InvariantCulture, $"{JsonNamingPolicy.KebabCaseLower.ConvertName(draft.State.ToString()),-11} {draft.Purpose} {draft.Sequence} to {contact}")
            .AppendLine(CultureInfo.InvariantCulture, $"{Indent}\"{draft.Subject}\"; {(read ? "in" : "left in")} {folder}; made {made}; thread {draft.ThreadId}");
        if (draft.Text is null)
        {
            return;
        }

        foreach (var line in draft.Text.Split('\n'))
        {
            text.Append(Indent).AppendLine(line.Trim().Length == 0 ? "|" : $"| {line.TrimEnd()}");
        }
    }
}
