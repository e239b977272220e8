using System.Text.RegularExpressions;
using OutreachAssistant.Core.Text;

namespace OutreachAssistant.Core.Contacts;

/// <summary>
/// Reads a contact's role and institution from the signature under their own mail, as the guides' tracker
/// asks for them ("name, role, institution"); what the signature does not say, the address's domain may.
/// Pure: the caller brings the text and forgets it.
/// </summary>
public static partial class AffiliationReader
{
    // A signature's lines are short labels; a longer line is a disclaimer or a sentence.
    private const int MaxLabelLength = 90;

    /// <param name="plainBody">A message the contact wrote, as plain text; quoted history is left out here.</param>
    /// <param name="senderName">Their display name, so the name line is not taken for a title.</param>
    /// <param name="address">Their address, whose domain stands in for a missing institution.</param>
    /// <param name="publicDomains">Mail providers anyone may use (gmail.com...): their domain names no institution.</param>
    public static ContactAffiliation Read(string? plainBody, string? senderName, string address, IReadOnlyCollection<string> publicDomains)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(publicDomains);
        string? role = null;
        string? institution = null;
        foreach (var line in SignatureLabels(plainBody, senderName))
        {
            role ??= RoleWords().IsMatch(line) ? RoleOf(line) : null;
            institution ??= InstitutionOf(line);
        }

        if (institution is not null)
        {
            return new ContactAffiliation(role, institution);
        }

        var domain = DomainOf(address);
        return domain is null || publicDomains.Contains(domain, StringComparer.OrdinalIgnoreCase)
            ? new ContactAffiliation(role, null)
            : new ContactAffiliation(role, domain, InstitutionFromDomain: true);
    }

    /// <summary>The lines of the signature block under the name: neither the sign-off, the name, a delimiter nor contact details.</summary>
    private static IEnumerable<string> SignatureLabels(string? plainBody, string? senderName)
    {
        if (string.IsNullOrWhiteSpace(plainBody))
        {
            yield break;
        }

        var (_, signature) = OwnTextExtractor.SplitSignature(OwnTextExtractor.RemoveQuotedHistory(plainBody), senderName);
        foreach (var raw in signature.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim().TrimStart('-', '—', '–', '~', '|', ' ').Trim();
            if (line.Length is 0 or > MaxLabelLength || SignatureLines.IsDelimiter(line) || SignatureLines.IsSignOff(line)
                || SignatureLines.IsDevice(line) || ContactDetail().IsMatch(line) || IsTheName(line, senderName))
            {
                continue;
            }

            yield return line;
        }
    }

    /// <summary>"Program Director, Pediatrics Residency | Riverside Children's Hospital" → all but the institution.</summary>
    private static string RoleOf(string line)
    {
        var role = string.Join(", ", Parts(line).Where(p => !IsInstitution(p)));
        return role.Length == 0 ? line : role;
    }

    /// <summary>"Department of Pediatrics, Riverside Children's Hospital" → the hospital: a body, not a part of one or a title.</summary>
    private static string? InstitutionOf(string line) => Parts(line).FirstOrDefault(IsInstitution);

    private static bool IsInstitution(string part) =>
        InstitutionWords().IsMatch(part) && !Department().IsMatch(part) && !RoleWords().IsMatch(part);

    private static List<string> Parts(string line) =>
        [.. Separators().Split(line).Select(p => p.Trim()).Where(p => p.Length > 0)];

    private static string Before(string line, char separator)
    {
        var at = line.IndexOf(separator, StringComparison.Ordinal);
        return at < 0 ? line : line[..at];
    }

    /// <summary>"Jane Smith, MD": a name with no title or body in it, or the sender's own display name.</summary>
    private static bool IsTheName(string line, string? senderName) =>
        (SignatureLines.IsNameLike(line) && !RoleWords().IsMatch(line) && !InstitutionWords().IsMatch(line))
        || (senderName is not null && string.Equals(Before(line, ',').Trim(), senderName.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>"jsmith@childrens.example.org" → "childrens.example.org"; a subdomain of mail servers is dropped ("mail.", "email.").</summary>
    private static string? DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        if (at < 0 || at == address.Length - 1)
        {
            return null;
        }

        var domain = address[(at + 1)..].Trim().TrimEnd('>').ToLowerInvariant();
        return MailSubdomain().Replace(domain, string.Empty);
    }

    [GeneratedRegex(@"\b(?:director|coordinator|chair(?:man|woman|person)?|chief|professor|lecturer|dean|president|fellow|resident|attending|physician|surgeon|psychiatrist|pediatrician|paediatrician|hospitalist|clinician|scientist|researcher|investigator|manager|administrator|assistant|associate|officer|head|lead|nurse|consultant|faculty|instructor|intern|mentor|advisor|adviser|editor|founder|partner|specialist|coordinatrice|directeur|directrice)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleWords();

    [GeneratedRegex(@"\b(?:universit(?:y|ies|é|ät|ad|à)|hospitals?|college|school|medical cent(?:er|re)|cent(?:er|re)|health|healthcare|institute|institut|clinic|clinics|foundation|program(?:me)?|residency|department|dept\.?|division|laborator(?:y|ies)|lab|children's|medicine|sciences?|infirmary|NHS|trust|academy|association|society)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InstitutionWords();

    [GeneratedRegex(@"^(?:department|dept\.?|division|section|program(?:me)?|residency)\b|\b(?:residency|fellowship)(?: program(?:me)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Department();

    // Phone, fax, address lines with a number first, links, mail addresses, pronouns.
    [GeneratedRegex(@"@|https?://|www\.|^(?:tel|phone|ph|cell|mobile|fax|office|pager|t|m|f|p|e)\b\s*[:.]?\s*[+(\d]|^[+(]?\d[\d\s().-]{5,}|^\d+\s+\w+|^\(?(?:she|he|they)/", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactDetail();

    [GeneratedRegex(@"\s*(?:[,|•·;]|\s[-–—]\s)\s*")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?:mail|email|smtp|mx)\d*\.")]
    private static partial Regex MailSubdomain();
}
