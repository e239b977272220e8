using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OutreachAssistant.Core.Text;

/// <summary>
/// Turns an HTML body into plain text the quote remover understands: blocks and &lt;br&gt; become lines,
/// &lt;blockquote&gt; content gets "&gt; " markers, &lt;hr&gt; becomes Outlook's rule line. Outlook's
/// reply header (divRplyFwdMsg, OLK_SRC_BODY_SECTION) and Gmail's "On … wrote:" become text lines that
/// the plain-text rules cut like any other header.
/// </summary>
internal static class HtmlTextConverter
{
    private const string Rule = "________________________________";
    private const char NoBreakSpace = '\u00a0';

    [ThreadStatic]
    private static HtmlParser? parser;

    public static string Convert(string html)
    {
        parser ??= new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var document = parser.ParseDocument(html);
        var writer = new TextWriter(html.Length);
        Walk(document.Body ?? (INode)document, writer);
        return writer.ToString();
    }

    private static void Walk(INode node, TextWriter writer)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    writer.Append(text.Data);
                    break;
                case IElement element:
                    WalkElement(element, writer);
                    break;
            }
        }
    }

    private static void WalkElement(IElement element, TextWriter writer)
    {
        switch (element.LocalName)
        {
            case "head" or "style" or "script" or "title" or "template" or "noscript":
                return;
            case "br":
                writer.NewLine();
                return;
            case "hr":
                writer.EndLine();
                writer.Append(Rule);
                writer.EndLine();
                return;
            case "blockquote":
                writer.EndLine();
                writer.QuoteDepth++;
                Walk(element, writer);
                writer.EndLine();
                writer.QuoteDepth--;
                return;
            case "td" or "th":
                writer.Append(" ");
                Walk(element, writer);
                return;
        }

        var block = IsBlock(element.LocalName);
        if (block)
        {
            writer.EndLine();
        }

        Walk(element, writer);
        if (block)
        {
            writer.EndLine();
        }
    }

    private static bool IsBlock(string name) => name is "p" or "div" or "li" or "tr" or "table" or "ul" or "ol"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "pre" or "section" or "article" or "header"
        or "footer" or "address" or "center" or "dl" or "dt" or "dd" or "form" or "body" or "html";

    /// <summary>Collects lines, collapsing HTML whitespace and prefixing quoted lines.</summary>
    private sealed class TextWriter(int capacity)
    {
        private readonly StringBuilder builder = new(capacity);
        private bool lineHasText;
        private bool pendingSpace;

        public int QuoteDepth { get; set; }

        public void Append(string text)
        {
            foreach (var c in text)
            {
                // Outlook writes a blank line as <p>&nbsp;</p>: a no-break space holds its line open.
                if (char.IsWhiteSpace(c) && c != NoBreakSpace)
                {
                    pendingSpace = lineHasText;
                    continue;
                }

                if (!lineHasText)
                {
                    StartLine();
                }
                else if (pendingSpace)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(c == NoBreakSpace ? ' ' : c);
            }
        }

        /// <summary>A &lt;br&gt;: always a line break, so &lt;div&gt;&lt;br&gt;&lt;/div&gt; leaves a blank line.</summary>
        public void NewLine()
        {
            if (!lineHasText)
            {
                StartLine();
            }

            builder.Append('\n');
            lineHasText = false;
            pendingSpace = false;
        }

        /// <summary>Ends the current line if it has text (block boundaries).</summary>
        public void EndLine()
        {
            if (lineHasText)
            {
                NewLine();
            }
        }

        public override string ToString() => builder.ToString().TrimEnd();

        private void StartLine()
        {
            for (var i = 0; i < QuoteDepth; i++)
            {
                builder.Append("> ");
            }

            lineHasText = true;
        }
    }
}
