using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Core.Tests.Etiquette;

/// <summary>
/// <c>content.no-clear-ask</c> judges what users write more widely: a question in another script is a question,
/// and thanking a contact for their answer needs no ask of its own.
/// </summary>
public sealed class NoClearAskWiderTests
{
    private const string RuleId = "content.no-clear-ask";
    private const string Statement = "Dear Dr. Reed,\nI am a US citizen IMG at St. George's University and I admire your work in neonatology.";
    private const string ThankYou = "Dear Dr. Reed,\nThank you so much for your kind answer and the coordinator's name. I will write to her today.";

    private static readonly EtiquetteChecker Checker = new();

    [Theory]
    [InlineData("\u061F")] // Arabic
    [InlineData("\uFF1F")] // full-width: Chinese, Japanese
    [InlineData("\u037E")] // Greek
    [InlineData("\u055E")] // Armenian
    [InlineData("\u1367")] // Ethiopic
    [InlineData("\uFE56")] // small form
    [InlineData("\u2E2E")] // reversed
    [InlineData("\u203D")] // interrobang
    public void Check_QuestionInAnotherScript_CountsAsAsk(string mark)
    {
        var question = LintMessages.Of($"{Statement}\nهل يمكنني زيارة القسم{mark}");

        Assert.DoesNotContain(Checker.Check(question), f => f.RuleId == RuleId);
    }

    [Fact]
    public void Check_NoQuestionInAnyScript_Found()
    {
        Assert.Contains(Checker.Check(LintMessages.Of(Statement)), f => f.RuleId == RuleId);
    }

    [Fact]
    public void Check_ThankYouAfterTheContactsReply_NotFaulted()
    {
        var sent = LintMessages.Of(ThankYou, subject: "RE: US citizen IMG seeking advice on pediatrics electives");
        var answered = new EtiquetteHistory([
            new ThreadMessage("outreach", sent.SentAt!.Value.AddDays(-3), ThreadMessageDirection.Outbound),
            new ThreadMessage("answer", sent.SentAt.Value.AddDays(-1), ThreadMessageDirection.Inbound, InboundKind.Reply),
        ], []);

        Assert.DoesNotContain(Checker.Check(sent, answered), f => f.RuleId == RuleId);
    }

    [Fact]
    public void Check_ThankYouAfterOnlyAnAutomaticReply_StillNeedsAnAsk()
    {
        var sent = LintMessages.Of(ThankYou);
        var outOfOffice = new EtiquetteHistory([
            new ThreadMessage("outreach", sent.SentAt!.Value.AddDays(-3), ThreadMessageDirection.Outbound),
            new ThreadMessage("away", sent.SentAt.Value.AddDays(-3).AddMinutes(1), ThreadMessageDirection.Inbound, InboundKind.AutomaticReply),
        ], []);

        Assert.Contains(Checker.Check(sent, outOfOffice), f => f.RuleId == RuleId);
    }

    [Fact]
    public void Check_NoThanksAfterTheReply_StillNeedsAnAsk()
    {
        var sent = LintMessages.Of(Statement) with { AnswersReply = true };

        Assert.Contains(Checker.Check(sent), f => f.RuleId == RuleId);
    }
}
