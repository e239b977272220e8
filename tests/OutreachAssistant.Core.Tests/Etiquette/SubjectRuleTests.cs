using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Core.Etiquette.Rules;

namespace OutreachAssistant.Core.Tests.Etiquette;

public sealed class SubjectRuleTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_EmptySubject_Fires(string subject) =>
        Assert.Single(new SubjectMissingRule().Check(LintMessages.Of(subject: subject), new RuleSettings()));

    [Fact]
    public void Missing_AnySubject_DoesNotFire() =>
        Assert.Empty(new SubjectMissingRule().Check(LintMessages.Of(subject: "Hello"), new RuleSettings()));

    [Theory]
    [InlineData("Hello")]
    [InlineData("Question")]
    [InlineData("(no subject)")]
    [InlineData("RE: Quick question?")]
    [InlineData("Elective inquiry")]
    public void Unclear_VagueOrShortSubject_Fires(string subject) =>
        Assert.Single(new SubjectUnclearRule().Check(LintMessages.Of(subject: subject), new RuleSettings()));

    [Theory]
    [InlineData("US Citizen IMG Interested in Pediatrics Elective at Mercy Children's")]
    [InlineData("Prospective Pediatrics Applicant (US Citizen IMG) Seeking Advice")]
    [InlineData("")]
    public void Unclear_PurposefulOrEmptySubject_DoesNotFire(string subject) =>
        Assert.Empty(new SubjectUnclearRule().Check(LintMessages.Of(subject: subject), new RuleSettings()));

    [Fact]
    public void Unclear_LowerMinimumWords_AcceptsTwoWords() =>
        Assert.Empty(new SubjectUnclearRule().Check(LintMessages.Of(subject: "Elective inquiry"), new RuleSettings { MinimumWords = 2 }));
}
