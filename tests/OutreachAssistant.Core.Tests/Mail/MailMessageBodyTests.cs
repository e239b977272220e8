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
}
