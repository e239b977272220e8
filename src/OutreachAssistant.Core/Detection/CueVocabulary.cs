namespace OutreachAssistant.Core.Detection;

/// <summary>
/// The cue phrases of every kind in one upper-cased vocabulary, so a text is read once, word by word, for
/// all of them rather than once per phrase: each word is looked up among the phrases' first words.
/// </summary>
internal sealed class CueVocabulary
{
    private readonly string[] phrases;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> byFirstWord;
    private readonly int[][] cuePhrases;

    /// <param name="perCue">Each cue's phrases, in the cue's order.</param>
    public CueVocabulary(IEnumerable<IReadOnlyList<string>> perCue)
    {
        var lists = perCue.Select(l => l.Select(p => p.ToUpperInvariant()).ToArray()).ToArray();
        phrases = [.. lists.SelectMany(l => l).Distinct(StringComparer.Ordinal)];
        byFirstWord = phrases.Select((p, i) => (Word: p[..WordEnd(p, 0)], Index: i))
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Index).ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        cuePhrases = [.. lists.Select(l => l.Select(p => Array.IndexOf(phrases, p)).ToArray())];
    }

    /// <summary>Which phrases the upper-cased text mentions as whole words or as a plural ("lab" is not in "collaboration").</summary>
    public bool[] Scan(string upperText)
    {
        var found = new bool[phrases.Length];
        var text = upperText.AsSpan();
        var at = 0;
        while (at < text.Length)
        {
            if (!char.IsLetterOrDigit(text[at]))
            {
                at++;
                continue;
            }

            var end = WordEnd(upperText, at);
            var word = text[at..end];

            // "LABS" starts a mention of "LAB": plurals count.
            if (byFirstWord.TryGetValue(word, out var candidates) || (word.Length > 1 && word[^1] == 'S' && byFirstWord.TryGetValue(word[..^1], out candidates)))
            {
                foreach (var p in candidates)
                {
                    if (!found[p] && text[at..].StartsWith(phrases[p], StringComparison.Ordinal) && IsWhole(text, at, phrases[p].Length))
                    {
                        found[p] = true;
                    }
                }
            }

            at = end;
        }

        return found;
    }

    /// <summary>How many of a cue's phrases were found.</summary>
    public int Count(bool[] found, int cue)
    {
        var count = 0;
        foreach (var p in cuePhrases[cue])
        {
            count += found[p] ? 1 : 0;
        }

        return count;
    }

    /// <summary>Whether the cue's <paramref name="index"/>-th phrase was found.</summary>
    public bool Mentioned(bool[] found, int cue, int index) => found[cuePhrases[cue][index]];

    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsWhole(ReadOnlySpan<char> text, int at, int length)
    {
        var end = at + length;

        // A plural still counts: "observerships" mentions "observership".
        if (end < text.Length && text[end] == 'S')
        {
            end++;
        }

        return (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
    }
}
