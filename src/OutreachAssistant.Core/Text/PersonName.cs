using System.Globalization;
using System.Text;

namespace OutreachAssistant.Core.Text;

/// <summary>
/// Whether a display or signed name can open a greeting. An emoji, digits, an address, a link or a role
/// mailbox ("info", "noreply") is no name: "Dear 🎓," or "Dear 12345," would embarrass the user, so such a
/// contact gets the neutral greeting instead. An office's name ("Admissions Office") is how the office
/// presents itself and stays. Emoji and symbols around a real name are dropped ("Jane Smith 🎓").
/// </summary>
public static class PersonName
{
    /// <summary>Longer than any name a greeting should carry.</summary>
    public const int MaxLength = 80;

    private static readonly string[] RoleMailboxes =
    [
        "info", "noreply", "no-reply", "donotreply", "do-not-reply", "admin", "administrator", "support", "contact",
        "office", "webmaster", "postmaster", "mailer-daemon", "helpdesk", "help", "team", "hello", "mail", "email", "unknown",
    ];

    /// <returns>The name with symbols dropped and spaces tidied, or null when no usable name is left.</returns>
    public static string? Clean(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Contains('@', StringComparison.Ordinal)
            || name.Contains("://", StringComparison.Ordinal) || name.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var kept = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (Rune.IsDigit(rune))
            {
                return null;
            }

            kept.Append(IsNamePart(rune) ? rune.ToString() : " ");
        }

        var cleaned = string.Join(' ', kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '"', '\'', ',', '.', '-');
        var letters = cleaned.EnumerateRunes().Count(Rune.IsLetter);
        if (letters < 2 || cleaned.Length > MaxLength || RoleMailboxes.Contains(cleaned, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        return cleaned;
    }

    // Letters (any script, with their combining marks) and the punctuation names carry: "O'Brien", "Smith-Jones", "Dr.", "Smith, Jane".
    private static bool IsNamePart(Rune rune) =>
        Rune.IsLetter(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
        || rune.Value is '.' or '\'' or '’' or '-' or ',' or '(' or ')';
}
