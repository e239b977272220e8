namespace OutreachAssistant.Core.Text;

/// <summary>Splits a body into lines and joins kept lines back, over spans of the source.</summary>
internal static class TextLines
{
    public static List<TextLine> Split(string source)
    {
        var lines = new List<TextLine>(Math.Max(4, source.Length / 40));
        var start = 0;
        while (start <= source.Length)
        {
            var rest = source.AsSpan(start);
            var breakAt = rest.IndexOfAny('\r', '\n');
            if (breakAt < 0)
            {
                AddLine(source, lines, new TextLine(start, rest.Length));
                break;
            }

            AddLine(source, lines, new TextLine(start, breakAt));
            var breakLength = rest[breakAt] == '\r' && breakAt + 1 < rest.Length && rest[breakAt + 1] == '\n' ? 2 : 1;
            start += breakAt + breakLength;
        }

        return lines;
    }

    // A reply and its quote header can share a line ("reply On Wed, ... wrote:"); talon splits them, so do we.
    private static void AddLine(string source, List<TextLine> lines, TextLine line)
    {
        var text = line.In(source);
        var headerAt = OnWroteHeader.InlineStart(text);
        if (headerAt <= 0)
        {
            lines.Add(line);
            return;
        }

        var head = text[..headerAt].TrimEnd().TrimEnd('-').TrimEnd();
        if (!head.IsEmpty)
        {
            lines.Add(new TextLine(line.Start, head.Length));
        }

        lines.Add(new TextLine(line.Start + headerAt, line.Length - headerAt));
    }

    public static string Join(string source, List<TextLine> lines, int from, int to, bool trimLineEnds)
    {
        var length = 0;
        for (var i = from; i < to; i++)
        {
            length += lines[i].Length + 1;
        }

        var builder = new System.Text.StringBuilder(length);
        for (var i = from; i < to; i++)
        {
            var text = lines[i].In(source);
            builder.Append(trimLineEnds ? text.TrimEnd() : text);
            if (i + 1 < to)
            {
                builder.Append('\n');
            }
        }

        return builder.ToString();
    }
}
