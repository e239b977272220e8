using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OutreachAssistant.Worker.DryRun;

/// <summary>
/// What <c>run --once --dry-run</c> prints: a line per draft it would make (mailbox, purpose and number, to whom, on
/// which outreach, and why), then one line that it wrote nothing. It shows addresses and subjects: it is the user's
/// own mail, printed to the user, never logged.
/// </summary>
public static class DryRunReport
{
    /// <summary>Said first, after the settings and the data folder: what a dry run is.</summary>
    public const string Banner = "Dry run: the mailboxes are only read, and the run plans on a copy of the state that is deleted at its end.";

    public static string ToText(IReadOnlyList<PlannedDraft> planned)
    {
        ArgumentNullException.ThrowIfNull(planned);
        var text = new StringBuilder();
        foreach (var draft in planned)
        {
            text.AppendLine(Line(draft));
        }

        return text.AppendLine(CultureInfo.InvariantCulture, $"Dry run: {planned.Count} draft(s) would be created; nothing was written to the mailbox or the state.").ToString();
    }

    /// <summary>e.g. <c>Would draft in demo: follow-up 1 to Dr. Jane Smith &lt;jsmith@…&gt; on "Observerships"; why: follow-up due: no reply since Mon 2 Nov</c>.</summary>
    public static string Line(PlannedDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var purpose = JsonNamingPolicy.KebabCaseLower.ConvertName(draft.Slot.Purpose.ToString());
        var to = string.Join(", ", draft.To.Select(Contact));
        return string.Create(CultureInfo.InvariantCulture, $"Would draft in {draft.MailboxId}: {purpose} {draft.Slot.Sequence} to {to} on \"{draft.Subject}\"; why: {draft.Reason}");
    }

    /// <summary>"Name &lt;address&gt;", or the address alone when there is no name but the address (Graph gives one so).</summary>
    private static string Contact(Core.Mail.EmailAddress contact) =>
        contact.Name is { Length: > 0 } name && !contact.IsSameAddress(name) ? $"{name} <{contact.Address}>" : contact.Address;
}
