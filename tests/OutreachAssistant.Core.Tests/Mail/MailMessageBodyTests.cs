using OutreachAssistant.Core.Mail;
using OutreachAssistant.Core.Text;

namespace OutreachAssistant.Core.Tests.Mail;

public sealed class MailMessageBodyTests
{
    private const string Html = "<p>Dear Amira,</p><blockquote><p>Would an observership be possible?</p></blockquote><p>Best regards,<br>Jane Smith</p>";

    [Fact]
    public void BodyText_HtmlBody_ReadAsItsText()
    {
        var message = new MailMessage { Id = "m1", ConversationId = "c1", BodyHtml = Html };

        Assert.Equal(OwnTextExtractor.HtmlToText(Html), message.BodyText);
        Assert.Contains("> Would an observership be possible?", message.BodyText, StringComparison.Ordinal);
        Assert.Equal(Html, message.BodyHtml);
    }

    [Fact]
    public void BodyText_TextBody_AsGiven()
    {
        var message = new MailMessage { Id = "m1", ConversationId = "c1", BodyText = "Dear Amira,\nJane" };

        Assert.Equal("Dear Amira,\nJane", message.BodyText);
        Assert.Null(message.BodyHtml);
    }

    [Fact]
    public void BodyText_NoBody_Null()
    {
        Assert.Null(new MailMessage { Id = "m1", ConversationId = "c1" }.BodyText);
    }

    [Fact]
    public void With_HtmlLetGoAfterItsTextWasRead_TheTextStays()
    {
        var message = new MailMessage { Id = "m1", ConversationId = "c1", BodyHtml = Html };

        var kept = message with { BodyText = message.BodyText, BodyHtml = null };

        Assert.Null(kept.BodyHtml);
        Assert.Equal(OwnTextExtractor.HtmlToText(Html), kept.BodyText);
    }

    [Fact]
    public void WithPackedBody_TextBody_ReadBackAsGivenAndNotKept()
    {
        var message = new MailMessage { Id = "m1", ConversationId = "c1", BodyText = "Dear Dr. Smith,\nWould an observership be possible?\nAmira" };

        var packed = message.WithPackedBody();

        Assert.Equal(message.BodyText, packed.BodyText);
        // Each read unpacks afresh: the text is not held beside its packed bytes.
        Assert.NotSame(packed.BodyText, packed.BodyText);
        Assert.Equal(message.Id, packed.Id);
    }

    [Fact]
    public void WithPackedBody_HtmlBody_ReadAsItsTextAndTheHtmlLetGo()
    {
        var packed = new MailMessage { Id = "m1", ConversationId = "c1", BodyHtml = Html }.WithPackedBody();

        Assert.Equal(OwnTextExtractor.HtmlToText(Html), packed.BodyText);
        Assert.Null(packed.BodyHtml);
    }

    [Fact]
    public void WithPackedBody_NoBody_StillNone()
    {
        Assert.Null(new MailMessage { Id = "m1", ConversationId = "c1" }.WithPackedBody().BodyText);
    }

    [Fact]
    public void With_NewHtmlOnAPackedCopy_ReadsTheNewHtml()
    {
        var packed = new MailMessage { Id = "m1", ConversationId = "c1", BodyText = "old text" }.WithPackedBody();

        var changed = packed with { BodyHtml = "<p>new text</p>" };

        Assert.Equal(OwnTextExtractor.HtmlToText("<p>new text</p>"), changed.BodyText);
    }
}
