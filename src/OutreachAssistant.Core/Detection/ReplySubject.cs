using System.Text.RegularExpressions;

namespace OutreachAssistant.Core.Detection;

/// <summary>Reply and forward prefixes on subjects, as mail clients write them in several languages.</summary>
public static partial class ReplySubject
{
    /// <summary>True when the subject starts with a reply prefix such as "RE:", "AW:", "SV:" or "Antw:".</summary>
    public static bool IsReply(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return ReplyPrefix().IsMatch(subject);
    }

    /// <summary>The subject without any leading reply or forward prefixes ("Re: Fwd: Hello" gives "Hello").</summary>
    public static string WithoutPrefixes(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var rest = subject.Trim();
        Match match;
        while ((match = AnyPrefix().Match(rest)).Success)
        {
            rest = rest[match.Length..].TrimStart();
        }

        return rest;
    }

    // A bracketed count ("RE[2]:") appears in some clients.
    [GeneratedRegex(@"^\s*(?:re|aw|sv|vs|antw|antwort|odp|rif|réf|ref|ynt|ha)(?:\[\d+\])?\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyPrefix();

    [GeneratedRegex(@"^(?:re|aw|sv|vs|antw|antwort|odp|rif|réf|ref|ynt|ha|fw|fwd|wg|tr|rv|enc|doorst)(?:\[\d+\])?\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyPrefix();
}
