using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Core.Tests.FollowUps;

/// <summary>Contacts who answered: a keep-in-touch update after six months of quiet, at most twice a year.</summary>
public sealed class KeepInTouchPlannerTests
{
    private static readonly DateTimeOffset Sent = Messages.Start;
    private static readonly ThreadMessage Answer = new("in-1", Sent.AddDays(2), ThreadMessageDirection.Inbound, InboundKind.Reply);
    private readonly FollowUpPlanner planner = new(new FollowUpOptions());

    private static ThreadHistory Answered(IReadOnlyList<ThreadMessage>? more = null, IReadOnlyList<DateTimeOffset>? keepInTouch = null) =>
        new(Sent, [new ThreadMessage("s1", Sent, ThreadMessageDirection.Outbound), Answer, .. more ?? []], [])
        {
            KeepInTouchDraftsAt = keepInTouch ?? [],
        };

    [Fact]
    public void Decide_AnsweredAndQuietFor182Days_KeepInTouchDue()
    {
        var decision = planner.Decide(Answered(), Answer.At.AddDays(182));

        Assert.Equal(OutreachThreadState.KeepInTouchDue, decision.State);
        Assert.True(decision.CreateDraftNow);
        Assert.Equal(DraftPurpose.KeepInTouch, decision.Purpose);
    }

    [Fact]
    public void Decide_AnsweredRecently_WaitsSixMonthsFromTheAnswer()
    {
        var decision = planner.Decide(Answered(), Answer.At.AddDays(30));

        Assert.Equal(OutreachThreadState.Answered, decision.State);
        Assert.False(decision.CreateDraftNow);
        Assert.Equal(Answer.At.AddDays(182), decision.NextActionAt);
        Assert.Contains("keep-in-touch update after 6 months", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_MessagesSinceTheAnswer_QuietCountsFromTheLastOfThem()
    {
        var own = new ThreadMessage("s2", Answer.At.AddDays(100), ThreadMessageDirection.Outbound);

        var decision = planner.Decide(Answered([own]), Answer.At.AddDays(190));

        Assert.Equal(OutreachThreadState.Answered, decision.State);
        Assert.Equal(own.At.AddDays(182), decision.NextActionAt);
    }

    [Fact]
    public void Decide_KeepInTouchDraftMade_NextOneSixMonthsAfterTheDraft()
    {
        var draft = Answer.At.AddDays(182);

        var decision = planner.Decide(Answered(keepInTouch: [draft]), draft.AddDays(1));

        Assert.Equal(OutreachThreadState.Answered, decision.State);
        Assert.Equal(draft.AddDays(182), decision.NextActionAt);
        Assert.Contains("keep-in-touch update drafted on", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_TwoDraftsWithinTheYear_ThirdWaitsAYearFromTheFirst()
    {
        var options = new FollowUpOptions { KeepInTouch = { After = TimeSpan.FromDays(90) } };
        var first = Answer.At.AddDays(90);
        var second = Answer.At.AddDays(180);

        var decision = new FollowUpPlanner(options).Decide(Answered(keepInTouch: [first, second]), Answer.At.AddDays(271));

        Assert.Equal(OutreachThreadState.Answered, decision.State);
        Assert.Equal(first.AddDays(365), decision.NextActionAt);
        Assert.Contains("at most 2 keep-in-touch updates a year", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_OnePerYear_SecondWaitsAYear()
    {
        var options = new FollowUpOptions { KeepInTouch = { MaxPerYear = 1 } };
        var first = Answer.At.AddDays(182);

        var decision = new FollowUpPlanner(options).Decide(Answered(keepInTouch: [first]), first.AddDays(200));

        Assert.Equal(first.AddDays(365), decision.NextActionAt);
    }

    [Fact]
    public void Decide_KeepInTouchDisabled_AnsweredIsTheEnd()
    {
        var decision = new FollowUpPlanner(new FollowUpOptions { KeepInTouch = { Enabled = false } }).Decide(Answered(), Answer.At.AddDays(400));

        Assert.Equal(OutreachThreadState.Answered, decision.State);
        Assert.Null(decision.NextActionAt);
    }

    [Fact]
    public void Decide_ALaterConversationCarriesIt_NothingHere()
    {
        var decision = planner.Decide(Answered() with { KeepInTouchElsewhere = true }, Answer.At.AddDays(400));

        Assert.Equal(OutreachThreadState.Answered, decision.State);
        Assert.Null(decision.NextActionAt);
        Assert.Contains("later conversation", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_DueOnASaturday_WaitsForMondayMorning()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var hours = WorkingHours.Default(zone);
        var saturday = new DateTimeOffset(2027, 5, 8, 12, 0, 0, TimeSpan.FromHours(-4));
        var answer = Answer with { At = saturday.AddDays(-182) };
        var history = new ThreadHistory(Sent, [new ThreadMessage("s1", Sent, ThreadMessageDirection.Outbound), answer], []);

        var decision = planner.Decide(history, saturday.AddHours(1), hours);

        Assert.Equal(OutreachThreadState.Answered, decision.State);
        Assert.Equal(new DateTimeOffset(2027, 5, 10, 9, 0, 0, TimeSpan.FromHours(-4)), decision.NextActionAt);
    }

    [Fact]
    public void Decide_AddressBouncedInAnotherConversation_Undeliverable()
    {
        var history = new ThreadHistory(Sent, [new ThreadMessage("s1", Sent, ThreadMessageDirection.Outbound)], []) { ContactBouncedAt = Sent.AddDays(-3) };

        var decision = planner.Decide(history, Sent.AddDays(11));

        Assert.Equal(OutreachThreadState.Undeliverable, decision.State);
        Assert.False(decision.CreateDraftNow);
        Assert.StartsWith("mail to this address bounced on", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_AddressBouncedButAnAutomaticReplyCameSince_FollowUpAsUsual()
    {
        var outOfOffice = new ThreadMessage("in-2", Sent.AddDays(-1), ThreadMessageDirection.Inbound, InboundKind.AutomaticReply);
        var history = new ThreadHistory(Sent, [outOfOffice, new ThreadMessage("s1", Sent, ThreadMessageDirection.Outbound)], []) { ContactBouncedAt = Sent.AddDays(-3) };

        var decision = planner.Decide(history, Sent.AddDays(11));

        Assert.True(decision.CreateDraftNow);
    }

    [Fact]
    public void Decide_QuietForYearsAtTheFirstSync_NoAutomaticUpdate()
    {
        var decision = planner.Decide(Answered(), Answer.At.AddDays(182 + 61));

        Assert.Equal(OutreachThreadState.Answered, decision.State);
        Assert.Null(decision.NextActionAt);
        Assert.Contains("too long for an automatic update", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_ThreeUpdatesInTheMailboxToday_WaitsUntilTheOldestIsADayOld()
    {
        var now = Answer.At.AddDays(200);
        var today = new[] { now.AddHours(-5), now.AddHours(-3), now.AddHours(-1) };

        var decision = planner.Decide(Answered() with { MailboxKeepInTouchDraftsAt = today }, now);

        Assert.Equal(OutreachThreadState.Answered, decision.State);
        Assert.Equal(now.AddHours(19), decision.NextActionAt);
        Assert.Contains("at most 3 keep-in-touch updates a day", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_TwoUpdatesInTheMailboxToday_ThisOneStillDue() =>
        Assert.True(planner.Decide(Answered() with { MailboxKeepInTouchDraftsAt = [Answer.At.AddDays(199.9), Answer.At.AddDays(199.95)] }, Answer.At.AddDays(200)).CreateDraftNow);
}
