using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using OutreachAssistant.Sandbox.Model;
using OutreachAssistant.Sandbox.Text;

namespace OutreachAssistant.Sandbox.Graph.Replies;

/// <summary>The quoted original below a reply, in Outlook's "From / Sent / To / Subject" layout.</summary>
internal sealed partial record ReplyQuote(string Text, string Html)
{
    private const string Rule = "________________________________";

    public static ReplyQuote Of(StoredMessage original, TimeZoneInfo zone)
    {
        var sent = TimeZoneInfo.ConvertTime(original.SentDateTime, zone)
            .ToString("dddd, MMMM d, yyyy h:mm tt", CultureInfo.GetCultureInfo("en-US"));
        var lines = new List<(string Label, string Value)>
        {
            ("From", original.From?.ToString() ?? ""),
            ("Sent", sent),
            ("To", string.Join("; ", original.ToRecipients)),
        };
        if (original.CcRecipients.Count > 0)
        {
            lines.Add(("Cc", string.Join("; ", original.CcRecipients)));
        }

        lines.Add(("Subject", original.Subject));

        var text = new StringBuilder(Rule).Append("\r\n");
        var html = new StringBuilder("<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"ltr\">");
        foreach (var (label, value) in lines)
        {
            text.Append(CultureInfo.InvariantCulture, $"{label}: {value}\r\n");
            html.Append(CultureInfo.InvariantCulture, $"<b>{label}:</b> {WebUtility.HtmlEncode(value)}<br>\r\n");
        }

        text.Append("\r\n").Append(BodyConverter.PlainText(original.Body));
        html.Append("</div>\r\n<div>").Append(InnerHtml(original.Body)).Append("</div>");
        return new ReplyQuote(text.ToString(), html.ToString());
    }

    /// <summary>The reply body: the new text first, then the quote, in the new text's format.</summary>
    public MessageBody Below(MessageBody lead)
    {
        if (!lead.IsHtml)
        {
            return new MessageBody("text", lead.Content.Length == 0 ? Text : $"{lead.Content}\r\n\r\n{Text}");
        }

        return new MessageBody(
            "html",
            "<html><head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\r\n</head><body>\r\n"
            + $"<div>{InnerHtml(lead)}</div>\r\n{Html}\r\n</body></html>");
    }

    private static string InnerHtml(MessageBody body)
    {
        if (!body.IsHtml)
        {
            return WebUtility.HtmlEncode(body.Content).Replace("\r\n", "\n", StringComparison.Ordinal)
                .Replace("\n", "<br>\r\n", StringComparison.Ordinal);
        }

        var match = BodyElement().Match(body.Content);
        return match.Success ? match.Groups["inner"].Value : body.Content;
    }

    [GeneratedRegex(@"<body[^>]*>(?<inner>.*)</body>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex BodyElement();
}
