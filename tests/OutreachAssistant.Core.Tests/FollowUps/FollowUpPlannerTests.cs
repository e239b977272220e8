using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Core.Tests.FollowUps;

public sealed class FollowUpPlannerTests
{
    private static readonly DateTimeOffset Sent = Messages.Start;
    private readonly FollowUpPlanner planner = new(new FollowUpOptions());

    private static ThreadHistory History(IReadOnlyList<ThreadMessage>? more = null, IReadOnlyList<DateTimeOffset>? drafts = null) =>
        new(Sent, [new ThreadMessage("s1", Sent, ThreadMessageDirection.Outbound), .. more ?? []], drafts ?? []);

    private static ThreadMessage Inbound(double days, InboundKind kind) =>
        new($"in-{days}", Sent.AddDays(days), ThreadMessageDirection.Inbound, kind);

    [Fact]
    public void Decide_NoReplyBeforeTenDays_WaitsUntilDay10()
    {
        var decision = planner.Decide(History(), Sent.AddDays(3));
        Assert.Equal(OutreachThreadState.Waiting, decision.State);
        Assert.Equal(Sent.AddDays(10), decision.NextActionAt);
    }

    [Fact]
    public void Decide_NoReplyAfterTenDays_IsDue()
    {
        var decision = planner.Decide(History(), Sent.AddDays(10));
        Assert.True(decision.CreateDraftNow);
    }

    [Fact]
    public void Decide_ReplyBeforeDueTime_CancelsFollowUp()
    {
        var decision = planner.Decide(History([Inbound(9.9, InboundKind.Reply)]), Sent.AddDays(10));
        Assert.Equal(OutreachThreadState.Answered, decision.State);
        Assert.False(decision.CreateDraftNow);

        // Only the keep-in-touch update remains, six months after the answer.
        Assert.Equal(Sent.AddDays(9.9 + 182), decision.NextActionAt);
    }

    [Fact]
    public void Decide_OnlyAutomaticReply_StillDue()
    {
        var decision = planner.Decide(History([Inbound(0.1, InboundKind.AutomaticReply)]), Sent.AddDays(11));
        Assert.True(decision.CreateDraftNow);
    }

    [Fact]
    public void Decide_Bounce_IsUndeliverable()
    {
        var decision = planner.Decide(History([Inbound(0.01, InboundKind.DeliveryFailure)]), Sent.AddDays(11));
        Assert.Equal(OutreachThreadState.Undeliverable, decision.State);
    }

    [Fact]
    public void Decide_UserFollowedUpThemselves_CountsAsTheFollowUp()
    {
        var own = new ThreadMessage("s2", Sent.AddDays(6), ThreadMessageDirection.Outbound);
        var decision = planner.Decide(History([own]), Sent.AddDays(11));
        Assert.Equal(OutreachThreadState.FollowedUp, decision.State);
        Assert.Null(decision.NextActionAt);
        Assert.StartsWith("you followed up yourself on", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_UserFollowedUpThemselvesWithTwoAllowed_ClockRestartsAndGapHolds()
    {
        var own = new ThreadMessage("s2", Sent.AddDays(6), ThreadMessageDirection.Outbound);
        var decision = new FollowUpPlanner(new FollowUpOptions { MaxFollowUps = 2 }).Decide(History([own]), Sent.AddDays(11));
        Assert.Equal(OutreachThreadState.Waiting, decision.State);

        // Ten days after their message would be day 16; never two within 14 days makes it day 20.
        Assert.Equal(Sent.AddDays(20), decision.NextActionAt);
    }

    [Fact]
    public void Decide_OneDraftMadeWithDefaultMax_NoSecondDraft()
    {
        var decision = planner.Decide(History(drafts: [Sent.AddDays(10)]), Sent.AddDays(12));
        Assert.Equal(OutreachThreadState.Drafted, decision.State);
        Assert.False(decision.CreateDraftNow);
        Assert.Null(decision.NextActionAt);
    }

    [Fact]
    public void Decide_Drafted_WakesUpWhenTheGapHasPassedAndThenMovesOn()
    {
        var drafted = planner.Decide(History(drafts: [Sent.AddDays(10)]), Sent.AddDays(12));
        Assert.Equal(Sent.AddDays(24), drafted.ChangesAt);
        Assert.Equal(Sent.AddDays(24), drafted.WakeUpAt);

        var later = planner.Decide(History(drafts: [Sent.AddDays(10)]), drafted.WakeUpAt!.Value);
        Assert.Equal(OutreachThreadState.MovedOn, later.State);
        Assert.Null(later.WakeUpAt);
    }

    [Fact]
    public void Decide_FollowedUpThemselves_WakesUpWhenTheGapHasPassed()
    {
        var own = new ThreadMessage("s2", Sent.AddDays(6), ThreadMessageDirection.Outbound);
        var decision = planner.Decide(History([own]), Sent.AddDays(11));
        Assert.Equal(OutreachThreadState.FollowedUp, decision.State);
        Assert.Equal(Sent.AddDays(20), decision.WakeUpAt);
    }

    [Fact]
    public void Decide_Waiting_WakesUpAtItsNextAction()
    {
        var decision = planner.Decide(History(), Sent.AddDays(3));
        Assert.Null(decision.ChangesAt);
        Assert.Equal(decision.NextActionAt, decision.WakeUpAt);
    }

    [Fact]
    public void Decide_DraftOlderThanGap_MovedOn()
    {
        var decision = planner.Decide(History(drafts: [Sent.AddDays(10)]), Sent.AddDays(25));
        Assert.Equal(OutreachThreadState.MovedOn, decision.State);
    }

    [Fact]
    public void Decide_SecondFollowUpAllowed_NeverWithinFourteenDaysOfTheFirst()
    {
        var planner2 = new FollowUpPlanner(new FollowUpOptions { MaxFollowUps = 2 });
        var decision = planner2.Decide(History(drafts: [Sent.AddDays(10)]), Sent.AddDays(12));
        Assert.Equal(OutreachThreadState.Waiting, decision.State);
        Assert.Equal(Sent.AddDays(24), decision.NextActionAt);
    }

    [Fact]
    public void Decide_ReplyBeforeOutreach_DoesNotCount()
    {
        var earlier = new ThreadMessage("old", Sent.AddDays(-30), ThreadMessageDirection.Inbound, InboundKind.Reply);
        var decision = planner.Decide(History([earlier]), Sent.AddDays(10));
        Assert.True(decision.CreateDraftNow);
    }

    [Fact]
    public void Decide_DueTimeLongPast_MovedOnRatherThanAFollowUpToOldMail()
    {
        var decision = planner.Decide(History(), Sent.AddDays(10 + 14.1));

        Assert.Equal(OutreachThreadState.MovedOn, decision.State);
        Assert.False(decision.CreateDraftNow);
        Assert.StartsWith("too late for a follow-up: it was due on", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_DueTimeMissedByLessThanTooLateAfter_StillDue() =>
        Assert.True(planner.Decide(History(), Sent.AddDays(10 + 13.9)).CreateDraftNow);
}
