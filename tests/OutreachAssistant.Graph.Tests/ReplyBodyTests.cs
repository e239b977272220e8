namespace OutreachAssistant.Graph.Tests;

public sealed class ReplyBodyTests
{
    private const string Own = "Dear Dr. Smith,\n\nI am following up on my email <about> \"observerships\" & more.\n\nKind regards,\nAmira";

    [Fact]
    public void Prepend_TextReply_OwnTextThenTheQuote()
    {
        var body = ReplyBody.Prepend(Own, isHtml: false, "\r\n\r\nFrom: Amira Haddad\r\nSent: Monday\r\n\r\nDear Dr. Smith, ...");

        Assert.StartsWith(Own + "\n\nFrom: Amira Haddad", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepend_HtmlReply_EscapedLinesRightAfterTheBodyTag()
    {
        var prepared = "<html><head><style>p{}</style></head><body dir=\"ltr\"><hr><div>From: Amira Haddad</div></body></html>";

        var body = ReplyBody.Prepend(Own, isHtml: true, prepared);

        Assert.StartsWith("<html><head><style>p{}</style></head><body dir=\"ltr\"><div>Dear Dr. Smith,<br><br>I am following up on my email &lt;about&gt; &quot;observerships&quot; &amp; more.<br>", body, StringComparison.Ordinal);
        Assert.EndsWith("</div><br><hr><div>From: Amira Haddad</div></body></html>", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepend_NothingPrepared_OwnTextAlone()
    {
        Assert.Equal(Own + "\n", ReplyBody.Prepend(Own, isHtml: false, prepared: null));
        Assert.StartsWith("<div>Dear Dr. Smith,<br>", ReplyBody.Prepend(Own, isHtml: true, prepared: ""), StringComparison.Ordinal);
    }
}
