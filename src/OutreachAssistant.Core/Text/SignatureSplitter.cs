namespace OutreachAssistant.Core.Text;

/// <summary>
/// Finds where the signature starts in a body without quoted history. A signature opens with a
/// client's tag line ("Sent from my iPhone"), a drawn delimiter ("--"), a sign-off ("Best regards,"),
/// the sender's name, or a name-and-title block, and is short: a few short lines, no sentences.
/// The standard "--" delimiter and tag lines open a signature of any length (disclaimers follow them).
/// It never starts on the first line: a body that is only "--\nRoman" has no text to keep.
/// </summary>
internal static class SignatureSplitter
{
    private const int MaxSignatureLines = 12;
    private const int MaxNameBlockLines = 6;
    private const int MaxSignatureLineLength = 80;

    /// <returns>The index of the signature's first line, or -1.</returns>
    public static int FindStart(string source, List<TextLine> lines, SenderName sender)
    {
        var first = 0;
        while (first < lines.Count && lines[first].In(source).IsWhiteSpace())
        {
            first++;
        }

        var tailStart = TailStart(source, lines, MaxSignatureLines + 1);
        for (var i = first + 1; i < lines.Count; i++)
        {
            var text = lines[i].In(source).Trim();
            if (text.IsEmpty)
            {
                continue;
            }

            if (SignatureLines.IsDevice(text) || (SignatureLines.IsStandardDelimiter(text) && HasTextAfter(source, lines, i)))
            {
                return i;
            }

            if (i >= tailStart && OpensSignature(source, lines, i, text, sender))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool OpensSignature(string source, List<TextLine> lines, int i, ReadOnlySpan<char> text, SenderName sender)
    {
        if (SignatureLines.IsDelimiter(text) || SignatureLines.IsSignOff(text))
        {
            return IsShortBlock(source, lines, i + 1, MaxSignatureLines);
        }

        if (sender.IsNameLine(text))
        {
            return IsShortBlock(source, lines, i, MaxSignatureLines);
        }

        // A closing the sign-off list lacks counts when a name stands under it, as in "At your service,\nJohn Smith".
        if (SignatureLines.IsClosingShape(text) && NextNonBlank(source, lines, i + 1) is { } name
            && (SignatureLines.IsSignedName(name) || sender.IsNameLine(name)))
        {
            return IsShortBlock(source, lines, i + 1, MaxNameBlockLines);
        }

        // "John Doe" / "CEO at Pandaland": a name with at least a title under it, set apart from the text.
        return lines[i - 1].In(source).IsWhiteSpace()
            && i + 1 < lines.Count
            && !lines[i + 1].In(source).IsWhiteSpace()
            && SignatureLines.IsNameLike(text)
            && IsShortBlock(source, lines, i, MaxNameBlockLines);
    }

    private static string? NextNonBlank(string source, List<TextLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            var text = lines[i].In(source).Trim();
            if (!text.IsEmpty)
            {
                return text.ToString();
            }
        }

        return null;
    }

    private static bool HasTextAfter(string source, List<TextLine> lines, int index)
    {
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (!lines[i].In(source).IsWhiteSpace())
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsShortBlock(string source, List<TextLine> lines, int from, int maxLines)
    {
        var count = 0;
        for (var i = from; i < lines.Count; i++)
        {
            var text = lines[i].In(source).Trim();
            if (text.IsEmpty)
            {
                continue;
            }

            if (++count > maxLines || text.Length > MaxSignatureLineLength || SignatureLines.IsProse(text))
            {
                return SignatureLines.IsDevice(text);
            }

            if (SignatureLines.IsDevice(text))
            {
                return true;
            }
        }

        return count > 0;
    }

    // Only the last few non-blank lines can hold a signature (tag lines excepted), which bounds the work.
    private static int TailStart(string source, List<TextLine> lines, int nonBlankLines)
    {
        var seen = 0;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (!lines[i].In(source).IsWhiteSpace() && ++seen == nonBlankLines)
            {
                return i;
            }
        }

        return 0;
    }
}
