namespace OutreachAssistant.Core.Text;

/// <summary>
/// Cuts the quoted history out of a plain-text body in one pass over its lines: each line is marked
/// (text, empty, "&gt;" quoted, quote header, forward marker), then one cut is made from the first
/// header or quote block. Text after the last "&gt;" line is kept when nothing but text follows
/// (a reply below the quote, or a sign-off under it), as talon does.
/// </summary>
internal static class QuotedHistoryRemover
{
    private const int StackLimit = 512;

    /// <param name="source">The body the line ranges point into.</param>
    /// <param name="lines">The body's lines; the cut ones are removed from this list.</param>
    /// <param name="cutForwarded">
    /// Cut a forwarded message too. talon leaves a message that starts by forwarding untouched; the
    /// author's own words leave the forwarded part out.
    /// </param>
    public static void Remove(string source, List<TextLine> lines, bool cutForwarded)
    {
        var kinds = lines.Count <= StackLimit ? stackalloc LineKind[lines.Count] : new LineKind[lines.Count];
        LineMarker.Mark(source, lines, kinds);
        var (from, to) = FindCut(kinds, cutForwarded);
        if (to > from)
        {
            lines.RemoveRange(from, to - from);
        }
    }

    private static (int From, int To) FindCut(ReadOnlySpan<LineKind> kinds, bool cutForwarded)
    {
        var start = FindQuoteStart(kinds);
        if (start < 0)
        {
            return (0, 0);
        }

        var count = kinds.Length;
        if (kinds[start] == LineKind.Forward)
        {
            return cutForwarded ? (start, count) : (0, 0);
        }

        var next = start;
        while (next < count && kinds[next] is LineKind.Splitter or LineKind.Empty)
        {
            next++;
        }

        // A header followed by unmarked text (Outlook's way): everything below it is history.
        if (kinds[start] == LineKind.Splitter && (next == count || kinds[next] != LineKind.Quoted))
        {
            return (start, count);
        }

        var end = kinds.LastIndexOf(LineKind.Quoted) + 1;
        while (end < count && kinds[end] == LineKind.Empty)
        {
            end++;
        }

        var tail = kinds[end..];
        return tail.Contains(LineKind.Splitter) || tail.Contains(LineKind.Forward) ? (start, count) : (start, end);
    }

    // A quote needs a header, or enough "> " lines: one ">>> link <<<" line is not a quote.
    private static int FindQuoteStart(ReadOnlySpan<LineKind> kinds)
    {
        var minimumRun = kinds.Contains(LineKind.Splitter) ? 2 : 3;
        for (var i = 0; i < kinds.Length; i++)
        {
            switch (kinds[i])
            {
                case LineKind.Splitter or LineKind.Forward:
                    return i;
                case LineKind.Quoted:
                    var run = 0;
                    var j = i;
                    for (; j < kinds.Length && kinds[j] is LineKind.Quoted or LineKind.Empty; j++)
                    {
                        run += kinds[j] == LineKind.Quoted ? 1 : 0;
                    }

                    if (run >= minimumRun)
                    {
                        return i;
                    }

                    i = j - 1;
                    break;
            }
        }

        return -1;
    }
}
