using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Tests.Detection;

public sealed class OutreachVerdictTests
{
    private static readonly OutreachClassifier Classifier = new(new OutreachDetectionOptions(), Messages.Owner);

    [Fact]
    public void Classify_Outreach_CarriesKindAndReasons()
    {
        var sent = Messages.Sent("s1", "c1", Messages.Start, "jsmith@childrens.example.org") with
        {
            BodyText = "Dear Dr. Smith,\nI would be grateful for 15–20 minutes of advice.",
        };

        var verdict = Classifier.Classify(sent, []);

        Assert.True(verdict.IsOutreach);
        Assert.Equal(OutreachKind.Elective, verdict.Kind);
        Assert.Contains("subject mentions \"observership\"", verdict.KindReasons);
    }

    [Fact]
    public void ClassifyAlone_NewMessageToExternalRecipient_IsOutreach() =>
        Assert.True(Classifier.ClassifyAlone(Messages.Sent("s1", "c1", Messages.Start, "pd@program.example.org")).IsOutreach);

    [Theory]
    [InlineData("RE: question about observerships", "Thanks!")]
    [InlineData("AW: Frage", "Danke!")]
    [InlineData("Observerships", "Thanks, I will apply.\n\nOn Mon, 2 Nov 2026, Dr. Smith wrote:\n> Please apply by December.")]
    public void ClassifyAlone_Reply_IsNotOutreach(string subject, string body)
    {
        var sent = Messages.Sent("s1", "c1", Messages.Start, "pd@program.example.org") with { Subject = subject, BodyText = body };

        var verdict = Classifier.ClassifyAlone(sent);

        Assert.False(verdict.IsOutreach);
        Assert.StartsWith("a reply", verdict.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ClassifyAlone_OnlyInternalRecipients_IsNotOutreach()
    {
        var owner = new MailboxOwner(new EmailAddress("sarah@sgu.example.edu"));
        var sent = Messages.Sent("s1", "c1", Messages.Start, "dean@sgu.example.edu") with { From = owner.Address };

        Assert.False(new OutreachClassifier(new OutreachDetectionOptions(), owner).ClassifyAlone(sent).IsOutreach);
    }
}
