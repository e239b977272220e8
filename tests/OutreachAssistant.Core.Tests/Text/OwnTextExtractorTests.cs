using OutreachAssistant.Core.Text;

namespace OutreachAssistant.Core.Tests.Text;

public sealed class OwnTextExtractorTests
{
    [Fact]
    public void Extract_NoQuoteNoSignature_ReturnsBodyUnchanged()
    {
        const string body = "Dear Dr. Lee,\n\nI am a fourth-year student applying in pediatrics.\nCould we talk for ten minutes?";

        var own = OwnTextExtractor.Extract(body);

        Assert.Equal(body, own.Text);
        Assert.Equal(string.Empty, own.Signature);
    }

    [Fact]
    public void Extract_SentFromMyIPhone_TakesTagLineAsSignature()
    {
        var own = OwnTextExtractor.Extract("Thank you, I will be there.\n\nSent from my iPhone");

        Assert.Equal("Thank you, I will be there.", own.Text);
        Assert.Equal("Sent from my iPhone", own.Signature);
    }

    [Fact]
    public void Extract_SentFromInASentence_IsNotSignature()
    {
        const string body = "Here is another email\n\nSent from my desk, is much easier then my mobile phone.";

        Assert.Equal(body, OwnTextExtractor.Extract(body).Text);
    }

    [Fact]
    public void Extract_TrailingNameAndTitleBlock_IsSignature()
    {
        var own = OwnTextExtractor.Extract("I attached my CV for your review.\n\nAmira Haddad\nMS4, Example University\n+1 555 0100");

        Assert.Equal("I attached my CV for your review.", own.Text);
        Assert.Equal("Amira Haddad\nMS4, Example University\n+1 555 0100", own.Signature);
    }

    [Fact]
    public void Extract_TrailingNameEqualToSender_IsSignature()
    {
        var own = OwnTextExtractor.Extract("Looking forward to hearing from you.\nAmira", senderName: "Amira Haddad");

        Assert.Equal("Looking forward to hearing from you.", own.Text);
        Assert.Equal("Amira", own.Signature);
    }

    [Fact]
    public void Extract_SignOffAndName_IsSignature()
    {
        var own = OwnTextExtractor.Extract("Could we meet next week?\n\nBest regards,\nAmira");

        Assert.Equal("Could we meet next week?", own.Text);
        Assert.Equal("Best regards,\nAmira", own.Signature);
    }

    [Fact]
    public void Extract_OutlookGermanHeader_CutsHistory()
    {
        const string body = "Vielen Dank!\n\nVon: Dr. Weber <weber@example.de>\nGesendet: Montag, 3. März 2025 10:15\nAn: Amira\nBetreff: Hospitation\n\nGern, kommen Sie vorbei.";

        Assert.Equal("Vielen Dank!", OwnTextExtractor.Extract(body).Text);
    }

    [Fact]
    public void Extract_MultiLineOnWroteHeader_CutsHistory()
    {
        const string body = "Sounds good.\n\nOn Tue, Mar 4, 2025 at 9:12 AM Dr. Jane Smith\n<jsmith@example.org> wrote:\n\n> Could you send your CV?";

        Assert.Equal("Sounds good.", OwnTextExtractor.Extract(body).Text);
    }

    [Fact]
    public void Extract_ProseLineStartingWithOn_IsKept()
    {
        const string body = "On Monday I shadowed in the clinic.\nOn Tuesday I wrote my personal statement.";

        Assert.Equal(body, OwnTextExtractor.Extract(body).Text);
    }

    [Fact]
    public void Extract_ForwardedMessage_KeepsOnlyTheComment()
    {
        const string body = "FYI, see below.\n\n---------- Forwarded message ---------\nFrom: Bob <bob@example.com>\nDate: Mon, Dec 15, 2024 at 3:00 PM\nSubject: Update\n\nForwarded text.";

        Assert.Equal("FYI, see below.", OwnTextExtractor.Extract(body).Text);
    }

    [Fact]
    public void RemoveQuotedHistory_MessageStartingWithForward_KeepsItAsTalonDoes()
    {
        const string body = "FYI\n\n---------- Forwarded message ----------\nFrom: bob@example.com\nDate: Tue, Sep 4, 2012 at 1:35 PM\n\nText";

        Assert.Equal(body, OwnTextExtractor.RemoveQuotedHistory(body));
    }

    [Fact]
    public void RemoveQuotedHistory_SignatureAboveQuote_KeepsSignature()
    {
        const string body = "Hello\n\nSent from my iPhone\n\nOn Apr 3, 2012, at 4:19 PM, bob <bob@example.com> wrote:\n\n> Hi";

        Assert.Equal("Hello\n\nSent from my iPhone", OwnTextExtractor.RemoveQuotedHistory(body));
    }

    [Fact]
    public void Extract_OutlookHtmlReply_KeepsOnlyNewText()
    {
        const string html = """
            <html><head><style>p.MsoNormal{margin:0}</style></head><body><div class="WordSection1">
            <p class="MsoNormal">Dear Dr. Lee,<o:p></o:p></p><p class="MsoNormal">&nbsp;</p>
            <p class="MsoNormal">Thank you for your reply.<o:p></o:p></p>
            <div id="divRplyFwdMsg"><hr><b>From:</b> Lee, Ann &lt;ann.lee@example.org&gt;<br>
            <b>Sent:</b> Monday, March 3, 2025 10:15 AM<br><b>To:</b> Amira Haddad<br><b>Subject:</b> RE: Rotation</div>
            <div><p>Happy to help.</p></div></div></body></html>
            """;

        var own = OwnTextExtractor.Extract(html, BodyFormat.Html);

        Assert.Equal("Dear Dr. Lee,\n\nThank you for your reply.", own.Text);
    }

    [Fact]
    public void Extract_GmailHtmlQuote_DropsBlockquote()
    {
        const string html = """
            <div dir="ltr">Thanks, see you then.</div><br><div class="gmail_quote"><div class="gmail_attr">On Mon, Mar 3, 2025 at 9:00 AM Ann Lee &lt;ann@example.org&gt; wrote:<br></div>
            <blockquote class="gmail_quote">Come by at 10.<br>Ann</blockquote></div>
            """;

        Assert.Equal("Thanks, see you then.", OwnTextExtractor.Extract(html, BodyFormat.Html).Text);
    }

    [Fact]
    public void HtmlToText_Blockquote_PrefixesQuotedLines()
    {
        var text = OwnTextExtractor.HtmlToText("<p>Reply &amp; more</p><blockquote>One<br>Two</blockquote>");

        Assert.Equal("Reply & more\n> One\n> Two", text);
    }

    [Fact]
    public void SplitSignature_DashDashDelimiter_SplitsThere()
    {
        var (text, signature) = OwnTextExtractor.SplitSignature("Wow. Awesome!\n--\nBob Smith");

        Assert.Equal("Wow. Awesome!", text);
        Assert.Equal("--\nBob Smith", signature);
    }

    [Fact]
    public void Extract_Always_CountsNonBlankLinesAndWords()
    {
        var own = OwnTextExtractor.Extract("Hello Dr. Lee,\n\nI hope you are well.\n\n> old\n> quoted\n> text");

        Assert.Equal(2, own.Lines);
        Assert.Equal(8, own.Words);
    }

    [Fact]
    public void Extract_PathologicalInput_FinishesWithoutBacktracking()
    {
        var body = string.Concat(Enumerable.Repeat("On On On On 1 2 3 a@b wrote wrote -- ---- >> :\n", 20_000));

        var own = OwnTextExtractor.Extract(body);

        Assert.NotNull(own.Text);
    }
}
