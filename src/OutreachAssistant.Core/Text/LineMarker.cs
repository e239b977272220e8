namespace OutreachAssistant.Core.Text;

/// <summary>Marks each line of a plain-text body with what it is (see <see cref="LineKind"/>).</summary>
internal static class LineMarker
{
    public static void Mark(string source, List<TextLine> lines, Span<LineKind> kinds)
    {
        for (var i = 0; i < lines.Count;)
        {
            var text = lines[i].In(source);
            var trimmed = text.Trim();
            if (trimmed.IsEmpty)
            {
                kinds[i++] = LineKind.Empty;
                continue;
            }

            if (trimmed[0] == '>')
            {
                kinds[i++] = LineKind.Quoted;
                continue;
            }

            if (SeparatorLines.IsForward(trimmed))
            {
                kinds[i++] = LineKind.Forward;
                continue;
            }

            var headerLines = SeparatorLines.IsOriginalMessage(trimmed) ? 1 : MailHeaderBlock.Match(source, lines, i);
            if (headerLines == 0)
            {
                headerLines = OnWroteHeader.Match(source, lines, i);
            }

            if (headerLines == 0)
            {
                kinds[i++] = LineKind.Text;
                continue;
            }

            kinds.Slice(i, headerLines).Fill(LineKind.Splitter);
            TakeRuleAbove(source, lines, kinds, i);
            i += headerLines;
        }
    }

    // Outlook draws "________________________________" above its From block; it belongs to the header.
    private static void TakeRuleAbove(string source, List<TextLine> lines, Span<LineKind> kinds, int header)
    {
        var above = header - 1;
        while (above >= 0 && kinds[above] == LineKind.Empty)
        {
            above--;
        }

        if (above >= 0 && kinds[above] == LineKind.Text && SeparatorLines.IsRule(lines[above].In(source).Trim()))
        {
            kinds[above..header].Fill(LineKind.Splitter);
        }
    }
}
