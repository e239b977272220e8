using System.Text.RegularExpressions;

namespace OutreachAssistant.Core.Text;

/// <summary>
/// The name a person signs a message with ("Best, Jane" → "Jane"; "Jane Smith, MD" → "Dr. Jane Smith"), so
/// a draft greets them as they present themselves rather than as a directory displays them.
/// </summary>
public static partial class SignedName
{
    // Only the end of a message is signed; a sign-off further up is part of quoted or forwarded text.
    private const int TailLines = 12;

    /// <param name="plainBody">The message as plain text, quoted history included or not.</param>
    /// <param name="senderName">The sender's display name or address: a lone first name counts only when it matches it.</param>
    /// <returns>The signed name, or null when the message is not signed with a recognisable name.</returns>
    public static string? Find(string plainBody, string? senderName)
    {
        ArgumentNullException.ThrowIfNull(plainBody);

        // A sign-off followed by an emoji, a number or a link names nobody.
        var name = SignOffName(plainBody, senderName);
        return PersonName.Clean(name) is null ? null : name;
    }

    private static string? SignOffName(string plainBody, string? senderName)
    {
        var lines = OwnTextExtractor.RemoveQuotedHistory(plainBody)
            .ReplaceLineEndings("\n")
            .Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .TakeLast(TailLines)
            .ToList();
        for (var i = lines.Count - 2; i >= 0; i--)
        {
            if (SignatureLines.IsSignOff(lines[i]) || (SignatureLines.IsClosingShape(lines[i]) && SignatureLines.IsSignedName(lines[i + 1])))
            {
                return Clean(lines[i + 1], senderName);
            }
        }

        // No sign-off: a signature block may still open with the full name.
        var (_, signature) = OwnTextExtractor.SplitSignature(plainBody, senderName);
        var opening = signature.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !SignatureLines.IsDelimiter(l));
        return opening is not null && SignatureLines.IsNameLike(opening) ? Clean(opening, senderName) : null;
    }

    private static string? Clean(string line, string? senderName)
    {
        var trimmed = line.TrimStart('-', '—', '–', '~', ' ');
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (SignatureLines.IsNameLike(trimmed))
        {
            var comma = trimmed.IndexOf(',', StringComparison.Ordinal);
            var name = comma < 0 ? trimmed : trimmed[..comma].Trim();
            if (!IsTheSender(name, senderName))
            {
                return null;
            }

            if (Titled().IsMatch(name))
            {
                return name;
            }

            // Signing the full name is no invitation to drop a title; a doctorate after it earns one.
            var title = comma >= 0 && Doctorate().IsMatch(trimmed[(comma + 1)..]) ? "Dr." : TitleOf(senderName);
            return title is null ? name : $"{title} {name}";
        }

        // A lone first name ("Jane", "Jane S.") is how people sign to those they are on first-name terms with.
        var word = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var firstName = FirstNameOf(senderName);
        return firstName is not null && word.Equals(firstName, StringComparison.OrdinalIgnoreCase) && char.IsUpper(word[0]) ? word : null;
    }

    /// <summary>A person signs with their own name: some word of it is in the sender's name or address ("The Admissions Team" is not Dr. Smith).</summary>
    private static bool IsTheSender(string name, string? senderName) =>
        string.IsNullOrWhiteSpace(senderName)
        || name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3 && !Titled().IsMatch(w))
            .Any(w => senderName.Contains(w.TrimEnd('.'), StringComparison.OrdinalIgnoreCase));

    /// <summary>"Prof. Ana Ruiz" → "Prof."; none for an address or an untitled name.</summary>
    private static string? TitleOf(string? senderName)
    {
        var match = senderName is null || senderName.Contains('@', StringComparison.Ordinal) ? null : Titled().Match(senderName.Trim());
        return match is { Success: true } ? match.Value.Trim().TrimEnd('.') + "." : null;
    }

    /// <summary>"Dr. Jane Smith" → "Jane"; "jane.smith@x.org" → "jane"; titles are skipped.</summary>
    private static string? FirstNameOf(string? sender)
    {
        if (string.IsNullOrWhiteSpace(sender))
        {
            return null;
        }

        var at = sender.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            var local = sender[..at];
            var end = local.IndexOfAny(['.', '_', '-', '+']);
            return end < 0 ? local : local[..end];
        }

        var comma = sender.IndexOf(',', StringComparison.Ordinal);
        var name = comma > 0 ? sender[(comma + 1)..] : sender;
        return name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => !Titled().IsMatch(w));
    }

    [GeneratedRegex(@"\b(?:MD|M\.D\.|DO|D\.O\.|PhD|Ph\.D\.|MBBS|MBChB|DPhil|DrPH|DMD|DDS)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Doctorate();

    [GeneratedRegex(@"^(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?(?:\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Titled();
}
