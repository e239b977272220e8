namespace OutreachAssistant.Core.Text;

/// <summary>The verb that ends a quote header: "wrote", "schrieb", "a écrit", "napisał", "写道"…</summary>
internal static class HeaderVerbs
{
    // Ordered longest first where one ends another ("napisał(a)" before "napisał").
    private static readonly string[] Verbs =
    [
        "wrote", "writes", "schrieb", "écrit", "scritto", "escribió", "escreveu", "skrev", "schreef",
        "geschreven", "napisał(a)", "napisał", "napisała", "pisze", "kirjoitti", "написал(а)", "написал",
        "написала", "viết", "escrit", "írta", "yazdı", "写道", "작성", "のメッセージ",
    ];

    // "sent" ends a header only with its colon: "On Monday the report was sent" is prose.
    private const string ColonOnlyVerb = "sent";

    public static bool EndsWithVerb(ReadOnlySpan<char> text, out bool needsColon)
    {
        needsColon = false;
        foreach (var verb in Verbs)
        {
            if (EndsWithWord(text, verb))
            {
                return true;
            }
        }

        needsColon = true;
        return EndsWithWord(text, ColonOnlyVerb);
    }

    /// <summary>A verb as a whole word anywhere in the text.</summary>
    public static bool ContainsVerb(ReadOnlySpan<char> text)
    {
        foreach (var verb in Verbs)
        {
            var at = text.IndexOf(verb, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && text[at - 1] == ' ' && (at + verb.Length == text.Length || text[at + verb.Length] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithWord(ReadOnlySpan<char> text, string word)
    {
        if (!text.EndsWith(word, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = text.Length - word.Length - 1;
        return before < 0 || !char.IsLetter(text[before]) || !char.IsLetter(word[0]) || word[0] >= '\u3000';
    }
}
