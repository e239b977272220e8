namespace OutreachAssistant.Core.Text;

/// <summary>
/// Finds what the author wrote in one message: the body without quoted history (reply headers in many
/// languages, "&gt;" quotes, Outlook's From/Sent/To/Subject block, "-----Original Message-----",
/// forwarded messages) and without the signature. Pure and allocation-light: one pass over line ranges.
/// </summary>
public static class OwnTextExtractor
{
    public static OwnText Extract(string body, BodyFormat format = BodyFormat.Text, string? senderName = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        var plain = format == BodyFormat.Html ? HtmlToText(body) : body;
        var lines = TextLines.Split(plain);
        QuotedHistoryRemover.Remove(plain, lines, cutForwarded: true);
        var signatureStart = SignatureSplitter.FindStart(plain, lines, new SenderName(senderName));
        var textEnd = signatureStart < 0 ? lines.Count : signatureStart;
        var (first, last) = NonBlankBounds(plain, lines, 0, textEnd);
        var text = TextLines.Join(plain, lines, first, last, trimLineEnds: true);
        var signature = signatureStart < 0
            ? string.Empty
            : TextLines.Join(plain, lines, signatureStart, lines.Count, trimLineEnds: true).Trim();
        return new OwnText(text, signature, CountNonBlankLines(plain, lines, first, last), CountWords(text));
    }

    /// <summary>Removes quoted history only, keeping signatures (as talon's <c>extract_from_plain</c>).</summary>
    public static string RemoveQuotedHistory(string plainText)
    {
        ArgumentNullException.ThrowIfNull(plainText);
        var lines = TextLines.Split(plainText);
        QuotedHistoryRemover.Remove(plainText, lines, cutForwarded: false);
        return TextLines.Join(plainText, lines, 0, lines.Count, trimLineEnds: false).Trim();
    }

    public static (string Text, string Signature) SplitSignature(string plainText, string? senderName = null)
    {
        ArgumentNullException.ThrowIfNull(plainText);
        var lines = TextLines.Split(plainText);
        var start = SignatureSplitter.FindStart(plainText, lines, new SenderName(senderName));
        if (start < 0)
        {
            return (plainText.Trim(), string.Empty);
        }

        return (TextLines.Join(plainText, lines, 0, start, trimLineEnds: false).Trim(),
            TextLines.Join(plainText, lines, start, lines.Count, trimLineEnds: false).Trim());
    }

    /// <summary>HTML to plain text with AngleSharp; blockquotes become "&gt; " lines.</summary>
    public static string HtmlToText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return HtmlTextConverter.Convert(html);
    }

    private static (int First, int Last) NonBlankBounds(string source, List<TextLine> lines, int from, int to)
    {
        while (from < to && lines[from].In(source).IsWhiteSpace())
        {
            from++;
        }

        while (to > from && lines[to - 1].In(source).IsWhiteSpace())
        {
            to--;
        }

        return (from, to);
    }

    private static int CountNonBlankLines(string source, List<TextLine> lines, int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            count += lines[i].In(source).IsWhiteSpace() ? 0 : 1;
        }

        return count;
    }

    private static int CountWords(string text) => SignatureLines.CountWords(text);
}
