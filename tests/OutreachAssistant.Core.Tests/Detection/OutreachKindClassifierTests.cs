using OutreachAssistant.Core.Detection;

namespace OutreachAssistant.Core.Tests.Detection;

public sealed class OutreachKindClassifierTests
{
    [Theory]
    [InlineData("Visiting student elective in pediatrics - US citizen IMG", "", OutreachKind.Elective)]
    [InlineData("Remote research opportunities in pediatric asthma", "", OutreachKind.Research)]
    [InlineData("Update: I matched!", "", OutreachKind.Update)]
    [InlineData("Prospective applicant to your residency program", "", OutreachKind.ProgramInterest)]
    [InlineData("Following up", "It was a pleasure meeting you at the AAP conference after your talk on advocacy.", OutreachKind.ConferenceFollowUp)]
    [InlineData("Checking in", "I wanted to share that my Step 2 scores were released. Quick update on my research too.", OutreachKind.Update)]
    [InlineData("Collaboration", "", OutreachKind.Other)]
    public void Explain_SubjectAndTextCues_PickKind(string subject, string text, OutreachKind expected) =>
        Assert.Equal(expected, OutreachKindClassifier.Explain(subject, text).Kind);

    [Fact]
    public void Explain_ClosingThanks_DoesNotMakeAThankYou()
    {
        var guess = OutreachKindClassifier.Explain("US citizen IMG seeking pediatrics elective", "Would you accept visiting students? Thank you for your time.");

        Assert.Equal(OutreachKind.Elective, guess.Kind);
    }

    [Fact]
    public void Explain_SubjectOutweighsPassingMention_AndSaysWhy()
    {
        var guess = OutreachKindClassifier.Explain("Seeking brief career advice", "My research in Grenada taught me a lot.");

        Assert.Equal(OutreachKind.Mentorship, guess.Kind);
        Assert.Contains("subject mentions \"advice\"", guess.Reasons);
    }

    [Fact]
    public void Classify_QuotedHistory_IsIgnored()
    {
        var body = "Dear Dr. Reed,\nWould you have 15 minutes for advice?\n\nOn Mon, 2 Nov 2026, Dr. Reed wrote:\n> Our research elective is full.";

        Assert.Equal(OutreachKind.Mentorship, OutreachKindClassifier.Classify("Pediatrics question", body));
    }
}
