using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Tests.FollowUps;

/// <summary>An answer the user leaves unanswered for two working days is their turn; the mark goes once they reply.</summary>
public sealed class YourTurnRuleTests
{
    // Monday 2 November 2026, 14:00 UTC.
    private static readonly DateTimeOffset Sent = Messages.Start;
    private static readonly DateTimeOffset Answered = Sent.AddDays(4); // Friday 6 November, 14:00
    private readonly ThreadPlanner planner = new(new FollowUpPlanner(new FollowUpOptions()));

    private static OutreachThread Thread(string? marked = null) =>
        new("t1", "amira", "c1", "outreach", new EmailAddress("jsmith@childrens.example.org"), []) { YourTurnMarkedOn = marked };

    private static ThreadHistory History(params ThreadMessage[] later) =>
        new(Sent, [new ThreadMessage("outreach", Sent, ThreadMessageDirection.Outbound), .. later], []);

    private static ThreadMessage Answer(DateTimeOffset at, bool fromContact = true) =>
        new("answer", at, ThreadMessageDirection.Inbound, InboundKind.Reply) { ConversationId = "c1", FromContact = fromContact };

    [Fact]
    public void AnsweredOnAFriday_TwoWorkingDaysLater_TuesdayItIsYourTurn_AndTheAnswerIsMarked()
    {
        var monday = planner.Plan(Thread(), History(Answer(Answered)), new DateTimeOffset(2026, 11, 9, 15, 0, 0, TimeSpan.Zero));
        var tuesday = planner.Plan(Thread(), History(Answer(Answered)), new DateTimeOffset(2026, 11, 10, 14, 0, 0, TimeSpan.Zero));

        Assert.Equal(OutreachThreadState.Answered, monday.Decision.State);
        Assert.Equal(new DateTimeOffset(2026, 11, 10, 14, 0, 0, TimeSpan.Zero), monday.Decision.WakeUpAt);
        Assert.Empty(monday.Categories);
        Assert.Equal(OutreachThreadState.YourTurn, tuesday.Decision.State);
        Assert.Equal([new CategoryChange("answer", "Outreach: your turn", Add: true)], tuesday.Categories);
        Assert.Equal("answer", tuesday.YourTurnMarkedOn);
        Assert.StartsWith("your turn: answered on Fri 6 Nov 2026", tuesday.Decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AColleaguesAnswer_IsYourTurnToo()
    {
        var plan = planner.Plan(Thread(), History(Answer(Answered, fromContact: false)), Answered.AddDays(5));
        Assert.Equal(OutreachThreadState.YourTurn, plan.Decision.State);
    }

    [Fact]
    public void AlreadyMarked_NothingToWriteAgain()
    {
        var plan = planner.Plan(Thread("answer"), History(Answer(Answered)), Answered.AddDays(5));
        Assert.Equal(OutreachThreadState.YourTurn, plan.Decision.State);
        Assert.Empty(plan.Categories);
    }

    [Fact]
    public void TheUserReplies_TheMarkComesOff()
    {
        var reply = new ThreadMessage("reply", Answered.AddDays(6), ThreadMessageDirection.Outbound) { ConversationId = "c1" };
        var plan = planner.Plan(Thread("answer"), History(Answer(Answered), reply), Answered.AddDays(7));

        Assert.Equal(OutreachThreadState.Answered, plan.Decision.State);
        Assert.Equal([new CategoryChange("answer", "Outreach: your turn", Add: false)], plan.Categories);
        Assert.Null(plan.YourTurnMarkedOn);
    }

    [Fact]
    public void TheUserRepliesToTheColleagueInTheConversation_TheMarkComesOff()
    {
        var plan = planner.Plan(Thread("answer"), History(Answer(Answered, fromContact: false)) with { OwnMessagesInConversationAt = [Answered.AddDays(6)] }, Answered.AddDays(7));
        Assert.Equal([new CategoryChange("answer", "Outreach: your turn", Add: false)], plan.Categories);
    }

    [Fact]
    public void AnAnswerOlderThanThirtyDays_IsLeftAlone()
    {
        var unmarked = planner.Plan(Thread(), History(Answer(Answered)), Answered.AddDays(31));
        var marked = planner.Plan(Thread("answer"), History(Answer(Answered)), Answered.AddDays(31));

        Assert.Equal(OutreachThreadState.Answered, unmarked.Decision.State);
        Assert.Empty(unmarked.Categories);
        Assert.Empty(marked.Categories);
        Assert.Equal("answer", marked.YourTurnMarkedOn);
    }

    [Fact]
    public void YourTurnState_WakesWhenTheWindowEnds()
    {
        var plan = planner.Plan(Thread(), History(Answer(Answered)), Answered.AddDays(5));
        Assert.Equal(Answered.AddDays(30), plan.Decision.WakeUpAt);
    }

    [Fact]
    public void AFollowUpDraftLeftUnsent_IsSetAsideWhenTheAnswerIsYourTurn()
    {
        var draft = new ThreadDraft("t1/follow-up/1", DraftPurpose.FollowUp, 1, Sent.AddDays(3));
        var thread = Thread() with { Drafts = [draft] };
        var plan = planner.Plan(thread, History(Answer(Answered)), Answered.AddDays(5));
        Assert.Equal([(draft, StaleCause.ReplyReceived)], plan.Retire);
    }
}
