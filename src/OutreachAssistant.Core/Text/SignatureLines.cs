using System.Buffers;
using System.Text.RegularExpressions;

namespace OutreachAssistant.Core.Text;

/// <summary>Tests on single lines that may open a signature.</summary>
internal static partial class SignatureLines
{
    private const int MaxDeviceLineWords = 12;
    private const int MaxNameLength = 40;
    private const int ProseWords = 7;
    private const int MaxClosingLength = 32;
    private const int MaxClosingWords = 4;

    private static readonly SearchValues<char> DelimiterChars = SearchValues.Create("-_—–~ ");
    // A closing is words: a digit, a colon, a sentence's end or an address inside it makes it something else.
    private static readonly SearchValues<char> ClosingBreakers = SearchValues.Create("0123456789:;.?!@,()[]<>/\\\"");
    private static readonly SearchValues<char> DeviceFirstChars = SearchValues.Create("SsEeIiVvGgWwОоDdTtBbHhSs");

    /// <summary>"Sent from my iPhone", "Get Outlook for iOS", "Gesendet von Outlook für Android"…</summary>
    public static bool IsDevice(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length < 8 || !DeviceFirstChars.Contains(trimmed[0]) || !DeviceLine().IsMatch(trimmed))
        {
            return false;
        }

        // "Sent from my desk, is much easier…" is a sentence, not a client's tag line.
        return !trimmed.Contains(',') && CountWords(trimmed) <= MaxDeviceLineWords;
    }

    /// <summary>The standard "-- " line: everything under it is signature, however long.</summary>
    public static bool IsStandardDelimiter(ReadOnlySpan<char> trimmed) => trimmed is "--";

    /// <summary>"--", "-- ", "__", "—", "—————": a line drawn only to start a signature.</summary>
    public static bool IsDelimiter(ReadOnlySpan<char> trimmed) =>
        !trimmed.ContainsAnyExcept(DelimiterChars) && (trimmed.Length >= 2 || trimmed[0] is '—' or '–');

    /// <summary>"Thanks,", "Best regards", "Mit freundlichen Grüßen", "Cheers 🎉" alone on the line.</summary>
    public static bool IsSignOff(ReadOnlySpan<char> trimmed) =>
        trimmed.Length <= 32 && char.IsLetter(trimmed[0]) && SignOff().IsMatch(trimmed);

    /// <summary>
    /// A closing no list names ("At your service,", "Thanks in advance,", "Warmly,", "Con cariño,"): a few words ending
    /// in a comma, as a letter's closing is written, and not a greeting. Only a name under it makes it a closing.
    /// </summary>
    public static bool IsClosingShape(ReadOnlySpan<char> trimmed) =>
        trimmed.Length is > 2 and <= MaxClosingLength
        && char.IsUpper(trimmed[0])
        && trimmed[^1] == ','
        && trimmed[..^1].IndexOfAny(ClosingBreakers) < 0
        && CountWords(trimmed) <= MaxClosingWords
        && !Greeting().IsMatch(trimmed);

    /// <summary>A first name alone ("Bob", "Anne-Marie") or a name-like line: what stands under a closing.</summary>
    public static bool IsSignedName(ReadOnlySpan<char> trimmed) =>
        IsNameLike(trimmed) || (trimmed.Length is > 1 and <= 20 && char.IsUpper(trimmed[0]) && IsNameWord(trimmed));

    /// <summary>"John Doe", "Amira Haddad, MD", "John E. Doe, Ph.D.": two to four capitalised words.</summary>
    public static bool IsNameLike(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length > MaxNameLength)
        {
            return false;
        }

        var comma = trimmed.IndexOf(',');
        var name = comma < 0 ? trimmed : trimmed[..comma];
        var words = 0;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!char.IsUpper(word[0]) || !IsNameWord(word))
            {
                return false;
            }

            words++;
        }

        return words is >= 2 and <= 4;
    }

    /// <summary>A sentence: many words and closing punctuation. Signatures are made of short labels.</summary>
    public static bool IsProse(ReadOnlySpan<char> trimmed) =>
        trimmed[^1] is '.' or '!' or '?' && CountWords(trimmed) >= ProseWords;

    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return words;
    }

    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not '.' and not '-' and not '\'')
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(
        @"^(?:(?:sent|sent \w+|envoyé|enviado|inviato|verzonden|verstuurd|gesendet|wysłane|отправлено|skickat|" +
        @"sendt|lähetetty|enviada)\s+(?:from|with|via|using|de|depuis|à partir de|desde|do|da|dal|vanaf|met|" +
        @"von|mit|z|с|från|fra|par|from my)\b|(?:get|download|télécharger|scarica|obtener|descargar|baixe)\s+" +
        @"outlook\b|von meinem\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeviceLine();

    // "Hi Jane," "Dear Dr. Smith," "Hello all," open a letter; "Good morning," too.
    [GeneratedRegex(@"^(?:hi|hello|hey|dear|hiya|greetings|good (?:morning|afternoon|evening|day)|to whom|bonjour|hola|hallo|ciao|salut|olá|ola)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    [GeneratedRegex(
        @"^(?:thanks(?: (?:so much|again|a lot|and regards))?|thank you(?: (?:so much|again|very much))?|" +
        @"many thanks|best|best regards|kind regards|warm regards|warmest regards|regards|best wishes|" +
        @"warm wishes|all the best|cheers|sincerely|sincerely yours|yours sincerely|yours truly|" +
        @"yours faithfully|respectfully|cordially|with gratitude|with thanks|gratefully|take care|" +
        @"mit freundlichen grüßen|freundliche grüße|viele grüße|beste grüße|liebe grüße|grüße|gruß|" +
        @"cordialement|bien cordialement|bien à vous|salutations|saludos|un saludo|atentamente|" +
        @"cordiali saluti|distinti saluti|saluti|met vriendelijke groet|vriendelijke groeten|groeten|" +
        @"pozdrawiam|z poważaniem|с уважением|atenciosamente|abraços)[^\p{L}\p{N}]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();
}
