using OutreachAssistant.Core.Mail;
using OutreachAssistant.Core.Text;

namespace OutreachAssistant.Core.Drafting;

/// <summary>
/// How to greet a contact: a titled name becomes "Dr. Surname"; no usable name (none, an address, an emoji,
/// digits: see <see cref="PersonName"/>), a plain "Hello".
/// </summary>
public static class Salutation
{
    private static readonly string[] Titles = ["Dr.", "Dr", "Prof.", "Prof", "Professor", "Mr.", "Ms.", "Mrs."];

    public static string For(EmailAddress contact) => NameOf(contact) is { } name ? $"Dear {name}," : "Hello,";

    /// <summary>How to address the contact ("Dr. Smith", "Jane Smith"), or null when no usable name is known.</summary>
    public static string? NameOf(EmailAddress contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var name = PersonName.Clean(contact.Name);
        if (name is null)
        {
            return null;
        }

        // "Smith, Jane" is how directories often display names.
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            name = $"{name[(comma + 1)..].Trim()} {name[..comma].Trim()}";
        }

        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var title = Titles.FirstOrDefault(t => parts[0].Equals(t, StringComparison.OrdinalIgnoreCase));
        if (title is not null && parts.Length > 1)
        {
            var normalised = title.EndsWith('.') || title == "Professor" ? title : title + ".";
            return $"{normalised} {parts[^1]}";
        }

        return name;
    }
}
