using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Etiquette;

namespace OutreachAssistant.Core.Tests.Etiquette;

/// <summary>The guides' own sample emails, brackets filled in, pass every rule; with a bracket left, they fail.</summary>
public sealed class GuideSampleTests
{
    [Theory]
    [InlineData("psychiatry-mentorship.txt", OutreachKind.Mentorship)]
    [InlineData("psychiatry-pre-application.txt", OutreachKind.ProgramInterest)]
    [InlineData("psychiatry-conference-thank-you.txt", OutreachKind.ConferenceFollowUp)]
    [InlineData("pediatrics-mentor-request.txt", OutreachKind.Mentorship)]
    public void Check_GuideSample_PassesEveryRule(string file, OutreachKind kind)
    {
        var message = MessageFileParser.Parse(Sample(file)).ToLintMessage();

        var findings = new EtiquetteChecker().Check(message);

        Assert.Empty(findings.Select(f => $"{f.RuleId}: {f.Message}"));
        Assert.Equal(kind, message.Kind);
        Assert.NotEmpty(message.Own.Signature);
    }

    [Theory]
    [InlineData("psychiatry-mentorship.txt", "Dear Dr. Lopez,", "Dear Dr. [Last Name],")]
    [InlineData("psychiatry-mentorship.txt", "Class of 2027", "Class of XXXX")]
    [InlineData("psychiatry-pre-application.txt", "with interest in the Riverside Psychiatry Residency Program", "with interest in [Program Name]")]
    [InlineData("psychiatry-pre-application.txt", "in my final year at St. George's University", "in my final year at [School]")]
    [InlineData("psychiatry-conference-thank-you.txt", "after your talk on trauma-informed care", "after your talk on [topic]")]
    [InlineData("pediatrics-mentor-request.txt", "your work on childhood asthma quality improvement", "your work on [topic]")]
    public void Check_GuideSampleWithBracketLeft_FailsPlaceholder(string file, string filled, string bracket)
    {
        var text = Sample(file);
        Assert.Contains(filled, text, StringComparison.Ordinal);

        var findings = new EtiquetteChecker().Check(MessageFileParser.Parse(text.Replace(filled, bracket, StringComparison.Ordinal)).ToLintMessage());

        var finding = Assert.Single(findings);
        Assert.Equal("content.placeholder", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    private static string Sample(string file) =>
        File.ReadAllText(LintMessages.RepositoryFile("tests", "OutreachAssistant.Core.Tests", "Etiquette", "Samples", file));
}
