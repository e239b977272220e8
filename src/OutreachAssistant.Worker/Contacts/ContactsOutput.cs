using System.Globalization;
using System.Text;
using System.Text.Json;
using OutreachAssistant.Worker.Commands;

namespace OutreachAssistant.Worker.Contacts;

/// <summary>
/// <c>outreach contacts</c> as text for a terminal, or as JSON (CSV: <see cref="ContactsCsv"/>). It shows addresses
/// and subjects: the user's own mail, printed to the user, never logged.
/// </summary>
public static class ContactsOutput
{
    private const string Indent = "    ";

    private static readonly JsonSerializerOptions Json = CommandJson.Options;

    public static string ToJson(ContactsSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Json);

    /// <summary>One line per mailbox whose signatures could not be read: the rows lack roles, and institutions are domains.</summary>
    public static IEnumerable<string> Problems(ContactsSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Mailboxes
            .Where(m => m.Problem is not null)
            .Select(m => $"mailbox {m.Mailbox}: signatures could not be read ({m.Problem}); roles are left empty and institutions are the address's domain");
    }

    public static string ToText(ContactsSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var text = new StringBuilder(snapshot.InUse.ToText());
        foreach (var problem in Problems(snapshot))
        {
            text.AppendLine(problem);
        }

        if (snapshot.Contacts.Count == 0)
        {
            return text.AppendLine("No outreach contacts yet.").ToString();
        }

        foreach (var c in snapshot.Contacts)
        {
            var who = c.Name.Length > 0 ? $"{c.Name} <{c.Address}>" : c.Address;
            var at = string.Join(", ", new[] { c.Role, c.Institution }.Where(s => !string.IsNullOrEmpty(s)));
            var next = c.NextActionAt is { } when ? $"{c.NextAction} on {when.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture)}" : c.NextAction;
            text.AppendLine(CultureInfo.InvariantCulture, $"{who}{(at.Length > 0 ? $" ({at})" : string.Empty)}")
                .AppendLine(CultureInfo.InvariantCulture, $"{Indent}{c.HowYouMet}: \"{c.Discussed}\"")
                .AppendLine(CultureInfo.InvariantCulture, $"{Indent}first {c.FirstContact:yyyy-MM-dd}; last {c.LastContact:yyyy-MM-dd} from {c.LastFrom}; replies {c.Replies}; {c.State}; next: {next}");
        }

        return text.ToString();
    }
}
