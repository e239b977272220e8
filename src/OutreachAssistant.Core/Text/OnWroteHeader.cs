using System.Collections.Frozen;

namespace OutreachAssistant.Core.Text;

/// <summary>
/// Finds "On &lt;date&gt;, &lt;someone&gt; wrote:" and its many forms: wrapped over up to five lines,
/// in other languages ("Am … schrieb", "Le … a écrit", "W dniu … napisał"), or with no verb at all
/// ("2014-10-17 11:28 GMT+03:00 Name &lt;a@b.c&gt;:"). The end of the window must look like a header end,
/// and its start like a header start, so prose lines beginning with "On" stay text.
/// </summary>
internal static class OnWroteHeader
{
    private const int MaxWindowLines = 5;
    private const int MaxWindowLength = 420;
    private const int MaxQuotedTailLength = 24;

    private static readonly FrozenSet<string> Openers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "on", "le", "am", "el", "il", "op", "em", "den", "på", "dnia", "w", "in", "vào", "fra", "dne", "kl");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup =
        Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <returns>The number of lines of the header starting at <paramref name="index"/>, or 0.</returns>
    public static int Match(string source, List<TextLine> lines, int index)
    {
        var first = lines[index].In(source).Trim();
        var dashed = first[0] is '-' or '_' or '*';
        if (!LooksLikeStart(first.TrimStart("-_* "), dashed))
        {
            return 0;
        }

        var length = 0;
        var hasAt = false;
        var hasDigit = false;
        for (var i = index; i < lines.Count && i < index + MaxWindowLines; i++)
        {
            var text = lines[i].In(source).Trim();
            if (text.IsEmpty)
            {
                // Polymail puts a blank line before "<mailto:…> wrote:"; anywhere else a blank line ends it.
                if (i + 1 < lines.Count && lines[i + 1].In(source).TrimStart().StartsWith('<'))
                {
                    continue;
                }

                break;
            }

            if (i > index && text[0] == '>' && text.Length > MaxQuotedTailLength)
            {
                return 0;
            }

            length += text.Length;
            if (length > MaxWindowLength)
            {
                return 0;
            }

            hasAt |= text.Contains('@');
            hasDigit |= text.ContainsAnyInRange('0', '9');
            if (EndsLikeHeader(text, dashed, hasAt, hasDigit))
            {
                return i - index + 1;
            }
        }

        return DateAndAddressOnly(source, lines, index, first) ? 1 : 0;
    }

    /// <summary>Where a header that shares its line with the reply begins ("reply On Wed, … wrote:"), or -1.</summary>
    public static int InlineStart(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length < 16 || trimmed[^1] != ':' || trimmed[0] == '>')
        {
            return -1;
        }

        var from = 1;
        while (from < trimmed.Length)
        {
            var at = trimmed[from..].IndexOf("On ", StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            at += from;
            if (trimmed[at - 1] is ' ' or '-')
            {
                var rest = trimmed[at..];
                if (rest.ContainsAnyInRange('0', '9') && EndsLikeHeader(rest, false, rest.Contains('@'), true))
                {
                    return at;
                }
            }

            from = at + 1;
        }

        return -1;
    }

    private static bool LooksLikeStart(ReadOnlySpan<char> core, bool dashed)
    {
        if (core.IsEmpty)
        {
            return false;
        }

        if (dashed || char.IsAsciiDigit(core[0]) || core[0] == '在' || core.Contains('@'))
        {
            return true;
        }

        var wordEnd = core.IndexOfAny(' ', ',', '.');
        if (wordEnd < 0)
        {
            return false;
        }

        if (OpenerLookup.Contains(core[..wordEnd]))
        {
            return true;
        }

        // A weekday before the date: "Wednesday, 17 November", "ср, 30 апр.", "tir. 18. apr.", "pe 20."
        var rest = core[wordEnd..].TrimStart(" ,.");
        return !rest.IsEmpty && char.IsAsciiDigit(rest[0]);
    }

    private static bool EndsLikeHeader(ReadOnlySpan<char> text, bool dashed, bool hasAt, bool hasDigit)
    {
        var end = text.TrimEnd();
        var withoutDashes = end.TrimEnd('-').TrimEnd();
        dashed |= withoutDashes.Length < end.Length;
        end = withoutDashes;
        var colon = !end.IsEmpty && end[^1] is ':' or '：';
        if (colon)
        {
            end = end[..^1].TrimEnd();
        }

        if (HeaderVerbs.EndsWithVerb(end, out var needsColon))
        {
            return colon || (!needsColon && (dashed || hasAt));
        }

        // No verb: "… Name <a@b.c>:" after a date.
        if (colon && hasAt && hasDigit && !end.IsEmpty && end[^1] == '>')
        {
            return true;
        }

        // The verb before the name, as German and Dutch put it: "Am 25.06.2015 um 10:55 schrieb Test user:".
        return colon && HasClockTime(end) && HeaderVerbs.ContainsVerb(end);
    }

    private static bool HasClockTime(ReadOnlySpan<char> text)
    {
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if (text[i] == ':' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    // "2011/4/7 Nathan <support@example.com>" directly above a quote, with no colon at all.
    private static bool DateAndAddressOnly(string source, List<TextLine> lines, int index, ReadOnlySpan<char> first)
    {
        if (!char.IsAsciiDigit(first[0]) || first[^1] != '>' || !first.Contains('@'))
        {
            return false;
        }

        for (var i = index + 1; i < lines.Count && i <= index + 2; i++)
        {
            var next = lines[i].In(source).TrimStart();
            if (!next.IsEmpty)
            {
                return next[0] == '>';
            }
        }

        return false;
    }
}
