using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace OutreachAssistant.Core.Etiquette.Rules;

/// <summary>
/// Whether two own texts are one text sent twice: the same words once the greeting line is set aside, so
/// a mass mailing with only the name or program swapped still counts.
/// </summary>
public static partial class OwnTextSimilarity
{
    // Share of distinct words in common (Jaccard) at which two texts count as one; swapping a name or a program keeps it above this.
    private const double SameTextAt = 0.8;

    // A sync compares each sent text with every other sent within a day, so one text is compared many times: its
    // words are found once and kept while the text itself lives.
    private static readonly ConditionalWeakTable<string, HashSet<string>> WordsOfText = [];

    public static bool IsSameText(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = WordsOfText.GetValue(first, Words);
        var b = WordsOfText.GetValue(second, Words);
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common) >= SameTextAt;
    }

    private static HashSet<string> Words(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var body = string.Join(' ', lines.Length > 1 && Greeting().IsMatch(lines[0]) ? lines.Skip(1) : lines);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in WordPattern().EnumerateMatches(body))
        {
            words.Add(body.Substring(word.Index, word.Length).ToUpperInvariant());
        }

        return words;
    }

    [GeneratedRegex(@"^(?:dear|hello|hi|hey|good (?:morning|afternoon|evening))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
