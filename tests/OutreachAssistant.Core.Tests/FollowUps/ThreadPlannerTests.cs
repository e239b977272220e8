using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Tests.FollowUps;

/// <summary>The whole plan of a thread: the draft it orders (which one, answering what, to whom), what it sets aside, the bounce.</summary>
public sealed class ThreadPlannerTests
{
    private const string Conversation = "c1";
    private static readonly DateTimeOffset Sent = Messages.Start;
    private static readonly EmailAddress Contact = new("jsmith@childrens.example.org", "Dr. Jane Smith");
    private readonly ThreadPlanner planner = new(new FollowUpPlanner(new FollowUpOptions()));

    private static OutreachThread Thread(params ThreadDraft[] drafts) => new("t1", "amira", Conversation, "outreach", Contact, drafts);

    private static ThreadMessage Outbound(string id, double days, string conversation = Conversation) =>
        new(id, Sent.AddDays(days), ThreadMessageDirection.Outbound) { ConversationId = conversation };

    private static ThreadMessage Inbound(string id, double days, InboundKind kind, bool fromContact) =>
        new(id, Sent.AddDays(days), ThreadMessageDirection.Inbound, kind) { ConversationId = Conversation, FromContact = fromContact };

    private static ThreadHistory History(params ThreadMessage[] messages) =>
        new(Sent, [Outbound("outreach", 0), .. messages], []);

    [Fact]
    public void Due_OrdersTheFirstFollowUp_ToTheContactAlone_AnsweringTheLatestMessageToThemInTheConversation()
    {
        // The user wrote to the contact twice themselves, in the conversation and later in another one; three follow-ups are allowed.
        var threeAllowed = new ThreadPlanner(new FollowUpPlanner(new FollowUpOptions { MaxFollowUps = 3 }));
        var plan = threeAllowed.Plan(Thread(), History(Outbound("note", 2), Outbound("elsewhere", 3, "c2")), Sent.AddDays(20));

        var order = Assert.IsType<DraftOrder>(plan.Draft);
        Assert.Equal(new DraftSlot(DraftPurpose.FollowUp, 1, ThreadIds.DraftKey("t1", 1)), order.Slot);
        Assert.Equal("note", order.ReplyToMessageId);
        Assert.Equal([Contact], order.To);
    }

    [Fact]
    public void Waiting_OrdersNoDraft()
    {
        Assert.Null(planner.Plan(Thread(), History(), Sent.AddDays(3)).Draft);
    }

    [Fact]
    public void NoMessageOfTheConversationKnown_AnswersTheOutreach()
    {
        var plan = planner.Plan(Thread(), new ThreadHistory(Sent, [], []), Sent.AddDays(11));
        Assert.Equal("outreach", plan.Draft!.ReplyToMessageId);
    }

    [Fact]
    public void KeepInTouchDue_AnswersTheContactsOwnReply_NotAColleagues_NumberedOverTheContactsUpdates()
    {
        var history = History(Inbound("their-answer", 3, InboundKind.Reply, fromContact: true), Inbound("colleague", 4, InboundKind.Reply, fromContact: false))
            with { KeepInTouchDraftsAt = [Sent.AddDays(-300)] };

        var plan = planner.Plan(Thread(), history, Sent.AddDays(3 + 200));

        Assert.Equal(OutreachThreadState.KeepInTouchDue, plan.Decision.State);
        var order = plan.Draft!;
        Assert.Equal("their-answer", order.ReplyToMessageId);
        Assert.Equal(new DraftSlot(DraftPurpose.KeepInTouch, 2, ThreadIds.KeepInTouchKey("amira", Contact.Address, 2)), order.Slot);
    }

    [Fact]
    public void Answered_SetsTheUnsentFollowUpAside()
    {
        var drafted = new ThreadDraft(ThreadIds.DraftKey("t1", 1), DraftPurpose.FollowUp, 1, Sent.AddDays(10));
        var plan = planner.Plan(Thread(drafted), History(Inbound("answer", 11, InboundKind.Reply, fromContact: true)) with { DraftsCreatedAt = [drafted.CreatedAt] }, Sent.AddDays(12));

        Assert.Null(plan.Draft);
        Assert.Equal([(drafted, StaleCause.ReplyReceived)], plan.Retire);
    }

    [Fact]
    public void Bounced_NamesTheBounce()
    {
        var bounce = Inbound("ndr", 0.01, InboundKind.DeliveryFailure, fromContact: false);
        var plan = planner.Plan(Thread(), History(bounce), Sent.AddDays(1));

        Assert.Equal(OutreachThreadState.Undeliverable, plan.Decision.State);
        Assert.Equal(bounce, plan.Bounce);
    }

    [Fact]
    public void DailyLimitReached_WaitsItsTurnUntilTheOldestOfTheDaysDraftsIsADayOld()
    {
        var capped = new ThreadPlanner(new FollowUpPlanner(new FollowUpOptions()), maxPerDay: 2);
        var now = Sent.AddDays(11);
        var history = History() with { MailboxDraftsAt = [now.AddHours(-20), now.AddHours(-1), now.AddDays(-3)] };

        var plan = capped.Plan(Thread(), history, now);

        Assert.Null(plan.Draft);
        Assert.Equal(OutreachThreadState.Waiting, plan.Decision.State);
        Assert.Equal(now.AddHours(4), plan.Decision.NextActionAt);
        Assert.StartsWith("waiting its turn: at most 2 new drafts a day", plan.Decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DailyLimitNotReached_Drafts()
    {
        var capped = new ThreadPlanner(new FollowUpPlanner(new FollowUpOptions()), maxPerDay: 2);
        var now = Sent.AddDays(11);

        var plan = capped.Plan(Thread(), History() with { MailboxDraftsAt = [now.AddHours(-1), now.AddDays(-1)] }, now);

        Assert.NotNull(plan.Draft);
    }
}
