using System.Net;
using System.Text.RegularExpressions;
using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Text;

/// <summary>Converts bodies between text and HTML the simple way Outlook's preview does.</summary>
internal static partial class BodyConverter
{
    public static MessageBody To(MessageBody body, string contentType)
    {
        var wantHtml = string.Equals(contentType, "html", StringComparison.OrdinalIgnoreCase);
        if (wantHtml == body.IsHtml)
        {
            return body;
        }

        return wantHtml ? new MessageBody("html", ToHtml(body.Content)) : new MessageBody("text", ToText(body.Content));
    }

    public static string PlainText(MessageBody body) => body.IsHtml ? ToText(body.Content) : body.Content;

    public static string ToHtml(string text)
    {
        var encoded = WebUtility.HtmlEncode(text).Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace("\n", "<br>\r\n", StringComparison.Ordinal);
        return "<html><head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\r\n</head>"
            + "<body>\r\n<div>" + encoded + "</div>\r\n</body></html>";
    }

    public static string ToText(string html)
    {
        var withoutHead = HeadOrScript().Replace(html, "");
        var withBreaks = LineBreakTags().Replace(withoutHead, "\n");
        var stripped = Tags().Replace(withBreaks.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal), "");
        var decoded = WebUtility.HtmlDecode(stripped);
        var lines = decoded.Split('\n').Select(l => l.TrimEnd());
        return ExtraBlankLines().Replace(string.Join("\r\n", lines), "\r\n\r\n").Trim('\r', '\n', ' ');
    }

    [GeneratedRegex(@"<(head|script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HeadOrScript();

    [GeneratedRegex(@"<br\s*/?>\s*\r?\n?|</(p|div|tr|li|h[1-6])\s*>|<hr\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTags();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"(\r\n){3,}")]
    private static partial Regex ExtraBlankLines();
}
