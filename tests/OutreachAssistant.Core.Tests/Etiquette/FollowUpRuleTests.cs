using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Core.Etiquette.Rules;
using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Core.Tests.Etiquette;

public sealed class FollowUpRuleTests
{
    private static readonly DateTimeOffset Now = LintMessages.Morning;

    [Fact]
    public void TooSoon_FiveDaysAfterUnansweredMessage_Fires() =>
        Assert.Single(new FollowUpTooSoonRule().Check(LintMessages.Of(), History(Out(-5)), new RuleSettings()));

    [Theory]
    [InlineData(8)]
    [InlineData(14)]
    public void TooSoon_AfterAWeek_DoesNotFire(int days) =>
        Assert.Empty(new FollowUpTooSoonRule().Check(LintMessages.Of(), History(Out(-days)), new RuleSettings()));

    [Fact]
    public void TooSoon_ContactAnswered_DoesNotFire() =>
        Assert.Empty(new FollowUpTooSoonRule().Check(LintMessages.Of(), History(Out(-5), In(-2, InboundKind.Reply)), new RuleSettings()));

    [Fact]
    public void TooSoon_OnlyAnOutOfOfficeReply_StillFires() =>
        Assert.Single(new FollowUpTooSoonRule().Check(LintMessages.Of(), History(Out(-5), In(-5, InboundKind.AutomaticReply)), new RuleSettings()));

    [Fact]
    public void Repeat_SecondFollowUpTenDaysAfterTheFirst_Fires() =>
        Assert.Single(new FollowUpRepeatRule().Check(LintMessages.Of(), History(Out(-20), Out(-10)), new RuleSettings()));

    [Fact]
    public void Repeat_FirstFollowUp_DoesNotFire() =>
        Assert.Empty(new FollowUpRepeatRule().Check(LintMessages.Of(), History(Out(-10)), new RuleSettings()));

    [Fact]
    public void Repeat_SecondFollowUpThreeWeeksLater_DoesNotFire() =>
        Assert.Empty(new FollowUpRepeatRule().Check(LintMessages.Of(), History(Out(-40), Out(-21)), new RuleSettings()));

    [Fact]
    public void TooMany_SecondFollowUp_Fires() =>
        Assert.Single(new FollowUpTooManyRule().Check(LintMessages.Of(), History(Out(-40), Out(-25)), new RuleSettings()));

    [Fact]
    public void TooMany_FirstFollowUpOrAfterAReply_DoesNotFire()
    {
        Assert.Empty(new FollowUpTooManyRule().Check(LintMessages.Of(), History(Out(-12)), new RuleSettings()));
        Assert.Empty(new FollowUpTooManyRule().Check(LintMessages.Of(), History(Out(-40), Out(-25), In(-20, InboundKind.Reply), Out(-12)), new RuleSettings()));
    }

    [Fact]
    public void TooMany_AllowingTwo_AcceptsSecondFollowUp() =>
        Assert.Empty(new FollowUpTooManyRule().Check(LintMessages.Of(), History(Out(-40), Out(-25)), new RuleSettings { MaxFollowUps = 2 }));

    private static EtiquetteHistory History(params ThreadMessage[] thread) => new(thread, []);

    private static ThreadMessage Out(int days) => new($"out{days}", Now.AddDays(days), ThreadMessageDirection.Outbound);

    private static ThreadMessage In(int days, InboundKind kind) => new($"in{days}", Now.AddDays(days), ThreadMessageDirection.Inbound, kind);
}
