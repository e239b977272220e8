using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Core.Tests.FollowUps;

/// <summary>Whether a message the user sent at some moment follows up a thread: the thread was open then.</summary>
public sealed class OpenThreadTests
{
    private static readonly DateTimeOffset Sent = Messages.Start;
    private readonly FollowUpPlanner planner = new(new FollowUpOptions());

    private static ThreadHistory History(params ThreadMessage[] more) =>
        new(Sent, [new ThreadMessage("s1", Sent, ThreadMessageDirection.Outbound), .. more], []);

    private static ThreadMessage Inbound(double days, InboundKind kind) =>
        new($"in-{days}", Sent.AddDays(days), ThreadMessageDirection.Inbound, kind);

    private static ThreadMessage Own(double days) => new($"own-{days}", Sent.AddDays(days), ThreadMessageDirection.Outbound);

    [Fact]
    public void IsOpenAt_UnansweredOutreach_Open()
    {
        Assert.True(planner.IsOpenAt(History(), Sent.AddDays(5)));
    }

    [Fact]
    public void IsOpenAt_ReplyBeforeTheMessage_Closed()
    {
        Assert.False(planner.IsOpenAt(History(Inbound(2, InboundKind.Reply)), Sent.AddDays(5)));
    }

    [Fact]
    public void IsOpenAt_ReplyOnlyAfterTheMessage_Open()
    {
        Assert.True(planner.IsOpenAt(History(Inbound(6, InboundKind.Reply)), Sent.AddDays(5)));
    }

    [Fact]
    public void IsOpenAt_AutomaticReplyBefore_StillOpen()
    {
        Assert.True(planner.IsOpenAt(History(Inbound(0.1, InboundKind.AutomaticReply)), Sent.AddDays(5)));
    }

    [Fact]
    public void IsOpenAt_Bounced_Closed()
    {
        Assert.False(planner.IsOpenAt(History(Inbound(0.01, InboundKind.DeliveryFailure)), Sent.AddDays(5)));
    }

    [Fact]
    public void IsOpenAt_FollowedUpWithinTheGap_Open()
    {
        Assert.True(planner.IsOpenAt(History(Own(5)), Sent.AddDays(12)));
    }

    [Fact]
    public void IsOpenAt_FollowUpUsedAndGapPassed_MovedOnSoClosed()
    {
        Assert.False(planner.IsOpenAt(History(Own(5)), Sent.AddDays(5 + 14)));
    }

    [Fact]
    public void IsOpenAt_KindThatGetsNoFollowUp_Closed()
    {
        Assert.False(planner.IsOpenAt(History() with { Kind = OutreachKind.ThankYou }, Sent.AddDays(5)));
    }

    [Fact]
    public void IsOpenAt_MessageBeforeTheOutreach_NotAFollowUp()
    {
        Assert.False(planner.IsOpenAt(History(), Sent.AddDays(-1)));
    }

    [Fact]
    public void Before_DropsLaterMessagesAndDrafts_KeepsOutreachAndKind()
    {
        var history = new ThreadHistory(Sent, [new ThreadMessage("s1", Sent, ThreadMessageDirection.Outbound), Own(5), Inbound(9, InboundKind.Reply)], [Sent.AddDays(3), Sent.AddDays(10)])
        {
            Kind = OutreachKind.Mentorship,
        };

        var before = history.Before(Sent.AddDays(9));

        Assert.Equal(["s1", "own-5"], before.Messages.Select(m => m.MessageId));
        Assert.Equal([Sent.AddDays(3)], before.DraftsCreatedAt);
        Assert.Equal((Sent, OutreachKind.Mentorship), (before.OutreachSentAt, before.Kind));
    }

    [Fact]
    public void SinceOutreach_MailToTheContactBeforeTheOutreach_Left()
    {
        var history = new ThreadHistory(Sent, [Own(-30), new ThreadMessage("s1", Sent, ThreadMessageDirection.Outbound), Own(5)], []);

        Assert.Equal(["s1", "own-5"], history.SinceOutreach.Select(m => m.MessageId));
    }

    [Theory]
    [InlineData(OutreachThreadState.Waiting, true)]
    [InlineData(OutreachThreadState.Due, true)]
    [InlineData(OutreachThreadState.Drafted, true)]
    [InlineData(OutreachThreadState.FollowedUp, true)]
    [InlineData(OutreachThreadState.Answered, false)]
    [InlineData(OutreachThreadState.MovedOn, false)]
    [InlineData(OutreachThreadState.Undeliverable, false)]
    public void IsOpen_State_OpenUntilAnsweredMovedOnOrUndeliverable(OutreachThreadState state, bool open)
    {
        Assert.Equal(open, state.IsOpen());
    }
}
