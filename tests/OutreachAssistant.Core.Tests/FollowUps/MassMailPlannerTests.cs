using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Core.Etiquette.Rules;
using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Core.Tests.FollowUps;

/// <summary>No follow-up, and no keep-in-touch update, to an outreach sent to more than MaxRecipients people.</summary>
public sealed class MassMailPlannerTests
{
    private static readonly DateTimeOffset Sent = Messages.Start;
    private readonly FollowUpPlanner planner = new(new FollowUpOptions(), maxRecipients: 3);

    private static ThreadHistory Unanswered(int audience, params ThreadMessage[] more) =>
        new(Sent, [new ThreadMessage("s1", Sent, ThreadMessageDirection.Outbound), .. more], []) { Audience = audience };

    [Fact]
    public void Decide_SentTo500_IsMassMailWithNoNextAction()
    {
        var decision = planner.Decide(Unanswered(500), Sent.AddDays(11));

        Assert.Equal(OutreachThreadState.MassMail, decision.State);
        Assert.Null(decision.NextActionAt);
        Assert.False(decision.CreateDraftNow);
        Assert.Equal("sent to 500 people: no follow-up to a mass mail (more than 3 recipients)", decision.Reason);
    }

    [Fact]
    public void Decide_MassMailAnswered_GetsNoKeepInTouchUpdate()
    {
        var reply = new ThreadMessage("r1", Sent.AddDays(1), ThreadMessageDirection.Inbound, InboundKind.Reply);

        var decision = planner.Decide(Unanswered(4, reply), Sent.AddDays(400));

        Assert.Equal(OutreachThreadState.MassMail, decision.State);
        Assert.Null(decision.NextActionAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Decide_AtMostMaxRecipientsOrUnknown_IsFollowedUpAsUsual(int audience)
    {
        Assert.True(planner.Decide(Unanswered(audience), Sent.AddDays(11)).CreateDraftNow);
    }

    [Fact]
    public void Decide_NoLimitGiven_FollowsUpAnyAudience()
    {
        Assert.True(new FollowUpPlanner(new FollowUpOptions()).Decide(Unanswered(500), Sent.AddDays(11)).CreateDraftNow);
    }

    [Fact]
    public void MassMail_IsNotAnOpenState() => Assert.False(OutreachThreadState.MassMail.IsOpen());

    [Fact]
    public void FollowUpLimit_ReadsTheRulesMaxRecipients()
    {
        Assert.Equal(3, MassMailRule.FollowUpLimit(new EtiquetteOptions()));

        var configured = new EtiquetteOptions();
        configured.Rules["audience.mass-mail"] = new RuleSettings { MaxRecipients = 8 };
        Assert.Equal(8, MassMailRule.FollowUpLimit(configured));

        var off = new EtiquetteOptions();
        off.Rules["audience.mass-mail"] = new RuleSettings { Enabled = false };
        Assert.Null(MassMailRule.FollowUpLimit(off));
    }
}
