using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace OutreachAssistant.Graph;

/// <summary>
/// Puts our text above what <c>createReply</c> prepared (the quoted original, in the original's format),
/// so the contact sees the earlier email under the follow-up, as in a reply the user writes by hand.
/// </summary>
public static partial class ReplyBody
{
    /// <summary>Our plain text above the prepared body: as text, or as HTML lines right after <c>&lt;body&gt;</c>.</summary>
    public static string Prepend(string ownText, bool isHtml, string? prepared)
    {
        ArgumentNullException.ThrowIfNull(ownText);
        var rest = prepared ?? string.Empty;
        if (!isHtml)
        {
            return rest.Trim().Length == 0 ? ownText.TrimEnd() + "\n" : $"{ownText.TrimEnd()}\n\n{rest.TrimStart('\r', '\n')}";
        }

        var html = new StringBuilder("<div>");
        foreach (var line in ownText.TrimEnd().ReplaceLineEndings("\n").Split('\n'))
        {
            html.Append(line.Length == 0 ? "<br>" : WebUtility.HtmlEncode(line) + "<br>");
        }

        html.Append("</div><br>");
        var body = BodyTag().Match(rest);
        return body.Success ? rest.Insert(body.Index + body.Length, html.ToString()) : html + rest;
    }

    [GeneratedRegex(@"<body\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyTag();
}
