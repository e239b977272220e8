using OutreachAssistant.Core.Detection;

namespace OutreachAssistant.Core.Tests.Detection;

public sealed class OutreachClassifierTests
{
    private static OutreachClassifier Classifier(OutreachDetectionOptions? options = null) => new(options ?? new OutreachDetectionOptions(), Messages.Owner);

    [Fact]
    public void Classify_FirstMessageToExternalContact_IsOutreach()
    {
        var sent = Messages.Sent("s1", "c1", Messages.Start, "jsmith@childrens.example.org");
        var verdict = Classifier().Classify(sent, []);
        Assert.True(verdict.IsOutreach);
        Assert.Contains("the user started the conversation", verdict.Reasons);
    }

    [Fact]
    public void Classify_ReplyToSomeoneWhoWroteFirst_IsNotOutreach()
    {
        var inbound = Messages.Received("r0", "c1", Messages.Start.AddDays(-1), "friend@example.com");
        var sent = Messages.Sent("s1", "c1", Messages.Start, "friend@example.com");
        var verdict = Classifier().Classify(sent, [inbound]);
        Assert.False(verdict.IsOutreach);
        Assert.Contains("a reply to someone who wrote first", verdict.Reasons);
    }

    [Fact]
    public void Classify_ExcludedCategory_IsNotOutreach()
    {
        var options = new OutreachDetectionOptions { ExcludeCategories = ["Personal"] };
        var sent = Messages.Sent("s1", "c1", Messages.Start, "jsmith@childrens.example.org") with { Categories = ["personal"] };
        Assert.False(Classifier(options).Classify(sent, []).IsOutreach);
    }

    [Fact]
    public void Classify_IncludeCategoryOnReply_IsOutreach()
    {
        var inbound = Messages.Received("r0", "c1", Messages.Start.AddDays(-1), "coordinator@program.example.org");
        var sent = Messages.Sent("s1", "c1", Messages.Start, "coordinator@program.example.org") with { Categories = ["Outreach"] };
        Assert.True(Classifier().Classify(sent, [inbound]).IsOutreach);
    }

    [Fact]
    public void Classify_ExcludedDomain_IsNotOutreach()
    {
        var options = new OutreachDetectionOptions { ExcludeDomains = ["family.example"] };
        var sent = Messages.Sent("s1", "c1", Messages.Start, "mum@family.example");
        Assert.False(Classifier(options).Classify(sent, []).IsOutreach);
    }

    [Fact]
    public void Classify_OnlyColleaguesInOwnOrganisation_IsNotOutreach()
    {
        var owner = new Core.Mail.MailboxOwner(new Core.Mail.EmailAddress("student@med.example.edu"));
        var sent = Messages.Sent("s1", "c1", Messages.Start, "advisor@med.example.edu") with { From = owner.Address };
        var verdict = new OutreachClassifier(new OutreachDetectionOptions(), owner).Classify(sent, []);
        Assert.False(verdict.IsOutreach);
    }

    [Fact]
    public void Classify_SharedPublicProvider_IsStillExternal()
    {
        var sent = Messages.Sent("s1", "c1", Messages.Start, "mentor@gmail.com") with
        {
            From = new Core.Mail.EmailAddress("student@gmail.com"),
        };
        var owner = new Core.Mail.MailboxOwner(new Core.Mail.EmailAddress("student@gmail.com"));
        Assert.True(new OutreachClassifier(new OutreachDetectionOptions(), owner).Classify(sent, []).IsOutreach);
    }

    [Fact]
    public void ContactOf_SkipsTheUserAndExcludedAddresses()
    {
        var options = new OutreachDetectionOptions { ExcludeAddresses = ["assistant@childrens.example.org"] };
        var sent = Messages.Sent("s1", "c1", Messages.Start, "amira.haddad@outlook.example", "assistant@childrens.example.org", "jsmith@childrens.example.org");
        Assert.Equal("jsmith@childrens.example.org", Classifier(options).ContactOf(sent)?.Address);
    }

    [Theory]
    [InlineData("Thank you for the interview day", OutreachKind.ThankYou)]
    [InlineData("Request for 15 minutes of advice", OutreachKind.Mentorship)]
    [InlineData("Observership inquiry - IMG applicant", OutreachKind.Elective)]
    [InlineData("Great meeting you at the AAP conference", OutreachKind.ConferenceFollowUp)]
    [InlineData("Hello", OutreachKind.Other)]
    public void ClassifyKind_SubjectCues_PickKind(string subject, OutreachKind expected) =>
        Assert.Equal(expected, OutreachKindClassifier.Classify(subject, null));
}
