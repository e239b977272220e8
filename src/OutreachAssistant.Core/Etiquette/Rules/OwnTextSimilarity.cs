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

    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    // A sync compares each sent text with every other sent within a day, so one text is compared many times: its
    // words are found once and kept while the text itself lives.
    private static readonly ConditionalWeakTable<string, uint[]> WordsOfText = [];

    public static bool IsSameText(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return IsSame(WordsOfText.GetValue(first, Words), WordsOfText.GetValue(second, Words));
    }

    /// <summary>Whether a message sent earlier has the text, judged by the words its summary keeps.</summary>
    public static bool IsSameText(SentMessageSummary sent, string text)
    {
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(text);
        return IsSame(sent.Words, WordsOfText.GetValue(text, Words));
    }

    /// <summary>
    /// The distinct words a comparison looks at, each as a 32-bit hash of it upper-cased, in order: a few hundred bytes
    /// a message where a set of word strings took kilobytes, and held for every message of a first sync. Two words
    /// of one comparison sharing a hash by chance would move its share by one word.
    /// </summary>
    internal static uint[] Words(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var body = string.Join(' ', lines.Length > 1 && Greeting().IsMatch(lines[0]) ? lines.Skip(1) : lines);
        var words = new List<uint>();
        foreach (var word in WordPattern().EnumerateMatches(body))
        {
            words.Add(HashUpperCased(body.AsSpan(word.Index, word.Length)));
        }

        words.Sort();
        return [.. words.Distinct()];
    }

    private static uint HashUpperCased(ReadOnlySpan<char> word)
    {
        var hash = FnvOffset;
        foreach (var c in word)
        {
            hash = (hash ^ char.ToUpperInvariant(c)) * FnvPrime;
        }

        return hash;
    }

    /// <summary>The Jaccard share of two ordered sets of word hashes, walked side by side.</summary>
    private static bool IsSame(uint[] a, uint[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        var (i, j, common) = (0, 0, 0);
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                (common, i, j) = (common + 1, i + 1, j + 1);
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)common / (a.Length + b.Length - common) >= SameTextAt;
    }

    [GeneratedRegex(@"^(?:dear|hello|hi|hey|good (?:morning|afternoon|evening))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
