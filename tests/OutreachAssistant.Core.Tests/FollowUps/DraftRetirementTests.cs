using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Core.Tests.FollowUps;

public sealed class DraftRetirementTests
{
    private static readonly DateTimeOffset Sent = Messages.Start;
    private static readonly ThreadDraft FollowUp = new("t/follow-up/1", DraftPurpose.FollowUp, 1, Sent.AddDays(10));
    private static readonly ThreadDraft Update = new("c/keep-in-touch/1", DraftPurpose.KeepInTouch, 1, Sent.AddDays(200));

    private static ThreadHistory History(params ThreadMessage[] more) =>
        new(Sent, [new ThreadMessage("s1", Sent, ThreadMessageDirection.Outbound), .. more], []);

    private static ThreadMessage Reply(double days) => new($"r{days}", Sent.AddDays(days), ThreadMessageDirection.Inbound, InboundKind.Reply);

    private static ThreadMessage Own(double days) => new($"o{days}", Sent.AddDays(days), ThreadMessageDirection.Outbound);

    [Fact]
    public void FollowUp_ThreadAnswered_StaleByTheReply()
    {
        var retired = DraftRetirement.Of([FollowUp], History(Reply(11)), OutreachThreadState.Answered);
        Assert.Equal([(FollowUp, StaleCause.ReplyReceived)], retired);
    }

    [Fact]
    public void FollowUp_StillWaiting_Kept()
    {
        Assert.Empty(DraftRetirement.Of([FollowUp], History(), OutreachThreadState.Drafted));
    }

    [Fact]
    public void FollowUp_UserWroteAfterIt_Superseded()
    {
        var retired = DraftRetirement.Of([FollowUp], History(Own(12)), OutreachThreadState.FollowedUp);
        Assert.Equal([(FollowUp, StaleCause.UserWroteSince)], retired);
    }

    [Fact]
    public void FollowUp_AnsweredAndUserWrote_OneCauseTheAnswer()
    {
        var retired = DraftRetirement.Of([FollowUp], History(Own(12), Reply(13)), OutreachThreadState.Answered);
        Assert.Equal([(FollowUp, StaleCause.ReplyReceived)], retired);
    }

    [Fact]
    public void Update_StaleOnlyByAReplyAfterItWasMade()
    {
        Assert.Empty(DraftRetirement.Of([Update], History(Reply(11)), OutreachThreadState.KeepInTouchDue));
        Assert.Equal([(Update, StaleCause.ReplyReceived)], DraftRetirement.Of([Update], History(Reply(11), Reply(201)), OutreachThreadState.Answered));
    }

    [Fact]
    public void SetAside_LeftAlone()
    {
        Assert.Empty(DraftRetirement.Of([FollowUp with { IsSetAside = true }], History(Reply(11)), OutreachThreadState.Answered));
    }

    [Fact]
    public void OwnBounce_OnlyAfterTheOutreach()
    {
        var early = new ThreadMessage("b0", Sent.AddDays(-1), ThreadMessageDirection.Inbound, InboundKind.DeliveryFailure);
        var bounce = new ThreadMessage("b1", Sent.AddMinutes(5), ThreadMessageDirection.Inbound, InboundKind.DeliveryFailure);
        Assert.Null(DraftRetirement.OwnBounce(History(early)));
        Assert.Equal(bounce, DraftRetirement.OwnBounce(History(early, bounce)));
    }
}
