using OutreachAssistant.Core.Detection;

namespace OutreachAssistant.Core.Tests.Detection;

public sealed class InboundClassifierTests
{
    [Fact]
    public void Classify_PersonWritingBack_IsReply()
    {
        var message = Messages.Received("r1", "c1", Messages.Start, "jsmith@childrens.example.org");
        Assert.Equal(InboundKind.Reply, InboundClassifier.Classify(message));
    }

    [Theory]
    [InlineData("Auto-Submitted", "auto-replied")]
    [InlineData("Auto-Submitted", "auto-generated")]
    [InlineData("X-Autoreply", "yes")]
    [InlineData("Precedence", "auto_reply")]
    [InlineData("Precedence", "bulk")]
    public void Classify_AutomaticHeader_IsAutomaticReply(string header, string value)
    {
        var message = Messages.Received("r1", "c1", Messages.Start, "jsmith@childrens.example.org", "Re: question", (header, value));
        Assert.Equal(InboundKind.AutomaticReply, InboundClassifier.Classify(message));
    }

    [Theory]
    [InlineData("Auto-Submitted", "auto-replied", "Re: question", true)]
    [InlineData("Auto-Submitted", "auto-replied; reason=vacation", "Re: question", true)]
    [InlineData("X-Autoreply", "yes", "Re: question", true)]
    [InlineData("Precedence", "auto_reply", "Re: question", true)]
    [InlineData("Precedence", "bulk", "Out of Office: back Monday", true)]
    [InlineData("Auto-Submitted", "auto-generated", "Your application was received", false)]
    [InlineData("Precedence", "bulk", "Residency Match Insider: interview season", false)]
    public void IsAutomaticAnswer_AnOutOfOfficeNoteYesANotificationOrNewsletterNo(string header, string value, string subject, bool answer)
    {
        var message = Messages.Received("r1", "c1", Messages.Start, "jsmith@childrens.example.org", subject, (header, value));
        Assert.Equal(answer, InboundClassifier.IsAutomaticAnswer(message));
    }

    [Fact]
    public void Classify_AutoSubmittedNo_IsReply()
    {
        var message = Messages.Received("r1", "c1", Messages.Start, "jsmith@childrens.example.org", "Re: question", ("Auto-Submitted", "no"));
        Assert.Equal(InboundKind.Reply, InboundClassifier.Classify(message));
    }

    [Fact]
    public void Classify_OnlyAutoResponseSuppress_IsReply()
    {
        // The header asks others not to auto-reply; Outlook puts it on ordinary replies too.
        var message = Messages.Received("r1", "c1", Messages.Start, "jsmith@childrens.example.org", "Re: question", ("X-Auto-Response-Suppress", "All"));
        Assert.Equal(InboundKind.Reply, InboundClassifier.Classify(message));
    }

    [Theory]
    [InlineData("Automatic reply: IMG applicant")]
    [InlineData("Abwesenheitsnotiz: Frage")]
    [InlineData("Réponse automatique : question")]
    [InlineData("Out of Office: back Monday")]
    public void Classify_AutomaticSubject_IsAutomaticReply(string subject)
    {
        var message = Messages.Received("r1", "c1", Messages.Start, "jsmith@childrens.example.org", subject);
        Assert.Equal(InboundKind.AutomaticReply, InboundClassifier.Classify(message));
    }

    [Theory]
    [InlineData("mailer-daemon@mx.example.org", "Returned mail: see transcript")]
    [InlineData("postmaster@outlook.example", "Undeliverable: IMG applicant")]
    [InlineData("noreply@mx.example.org", "Undeliverable: IMG applicant")]
    public void Classify_Bounce_IsDeliveryFailure(string from, string subject)
    {
        var message = Messages.Received("r1", "c1", Messages.Start, from, subject);
        Assert.Equal(InboundKind.DeliveryFailure, InboundClassifier.Classify(message));
    }
}
