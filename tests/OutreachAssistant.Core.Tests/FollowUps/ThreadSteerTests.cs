using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Tests.FollowUps;

/// <summary>What the user says of a thread, over the policy: a stop (an Outlook category, the command line) and a snooze.</summary>
public sealed class ThreadSteerTests
{
    private static readonly DateTimeOffset Sent = Messages.Start;
    private static readonly ThreadDraft Draft = new("t1/follow-up/1", DraftPurpose.FollowUp, 1, Sent.AddDays(10));
    private readonly ThreadPlanner planner = new(new FollowUpPlanner(new FollowUpOptions()), categories: new SteerCategories("Outreach: stop", ["Not outreach"], "Outreach: your turn"));

    private static OutreachThread Thread(ThreadSteer? steer = null, params ThreadDraft[] drafts) =>
        new("t1", "amira", "c1", "outreach", new EmailAddress("jsmith@childrens.example.org"), drafts) { Steer = steer ?? ThreadSteer.None };

    private static ThreadHistory History(params string[] outreachCategories) =>
        new(Sent, [new ThreadMessage("outreach", Sent, ThreadMessageDirection.Outbound) { ConversationId = "c1", Categories = outreachCategories }], []);

    [Fact]
    public void StopCategoryOnAMessage_StopsTheThread_AndAsksForTheStopToBeRemembered()
    {
        var plan = planner.Plan(Thread(), History("Outreach: STOP"), Sent.AddDays(11));

        Assert.Equal(OutreachThreadState.Stopped, plan.Decision.State);
        Assert.Null(plan.Draft);
        Assert.Null(plan.Decision.WakeUpAt);
        Assert.Equal(new ThreadStop(StopSource.OutlookCategory, Sent.AddDays(11), "Outreach: STOP"), plan.Stop);
        Assert.StartsWith("stopped by the Outlook category \"Outreach: STOP\" on Fri 13 Nov 2026", plan.Decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ExcludeCategoryAddedAfterTracking_StopsTheThreadToo()
    {
        var plan = planner.Plan(Thread(), History("Not outreach"), Sent.AddDays(11));
        Assert.Equal(OutreachThreadState.Stopped, plan.Decision.State);
        Assert.Equal("Not outreach", plan.Stop!.Category);
    }

    [Fact]
    public void StoppedFromTheCommandLine_StaysStopped_WithoutAskingToRecordItAgain()
    {
        var stop = new ThreadStop(StopSource.CommandLine, Sent.AddDays(2));
        var plan = planner.Plan(Thread(new ThreadSteer(stop)), History(), Sent.AddDays(11));

        Assert.Equal(OutreachThreadState.Stopped, plan.Decision.State);
        Assert.Null(plan.Stop);
        Assert.Equal("stopped by the command line on Wed 4 Nov 2026", plan.Decision.Reason);
    }

    [Fact]
    public void StoppedWithAnUnsentDraft_SetsTheDraftAside()
    {
        var plan = planner.Plan(Thread(null, Draft), History("Outreach: stop"), Sent.AddDays(12));
        Assert.Equal([(Draft, StaleCause.ThreadStopped)], plan.Retire);
    }

    [Fact]
    public void StoppedWhileAnAnswerWearsTheYourTurnMark_TakesTheMarkOff()
    {
        var thread = Thread(new ThreadSteer(new ThreadStop(StopSource.CommandLine, Sent))) with { YourTurnMarkedOn = "answer" };
        var plan = planner.Plan(thread, History(), Sent.AddDays(12));
        Assert.Equal([new CategoryChange("answer", "Outreach: your turn", Add: false)], plan.Categories);
    }

    [Fact]
    public void Snoozed_NothingDueBeforeTheDay_ThenTheFollowUpComes_NotTooLateForHavingWaited()
    {
        // Due on day 10 by the rules; put off to day 40, past TooLateAfter (14 days) from day 10.
        var thread = Thread(new ThreadSteer(SnoozedUntil: Sent.AddDays(40)));

        var during = planner.Plan(thread, History(), Sent.AddDays(11));
        var after = planner.Plan(thread, History(), Sent.AddDays(40.1));

        Assert.Equal(OutreachThreadState.Snoozed, during.Decision.State);
        Assert.Equal(Sent.AddDays(40), during.Decision.NextActionAt);
        Assert.StartsWith("snoozed until Sat 12 Dec 2026", during.Decision.Reason, StringComparison.Ordinal);
        Assert.Null(during.Draft);
        Assert.Equal(OutreachThreadState.Due, after.Decision.State);
        Assert.NotNull(after.Draft);
    }

    [Fact]
    public void SnoozedBeforeItWouldHaveBeenDue_ChangesNothing()
    {
        var plan = planner.Plan(Thread(new ThreadSteer(SnoozedUntil: Sent.AddDays(2))), History(), Sent.AddDays(11));
        Assert.Equal(OutreachThreadState.Due, plan.Decision.State);
    }

    [Fact]
    public void SnoozedAnsweredThread_PutsOffTheKeepInTouchUpdate()
    {
        var history = History() with
        {
            Messages = [.. History().Messages, new ThreadMessage("answer", Sent.AddDays(1), ThreadMessageDirection.Inbound, InboundKind.Reply) { FromContact = true }],
        };
        var plan = planner.Plan(Thread(new ThreadSteer(SnoozedUntil: Sent.AddDays(250))), history, Sent.AddDays(200));

        Assert.Equal(OutreachThreadState.Snoozed, plan.Decision.State);
        Assert.Equal(Sent.AddDays(250), plan.Decision.NextActionAt);
    }
}
