using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Core.Tests.FollowUps;

/// <summary>The due date of the Outlook follow-up flag on the user's outreach becomes the follow-up date.</summary>
public sealed class FollowUpFlagTests
{
    private static readonly DateTimeOffset Sent = Messages.Start;
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private readonly FollowUpPlanner planner = new(new FollowUpOptions());

    private static ThreadHistory Flagged(DateTimeOffset? due) =>
        new(Sent, [new ThreadMessage("outreach", Sent, ThreadMessageDirection.Outbound) { FlagDueAt = due }], []);

    [Fact]
    public void FlagDueSooner_TheFollowUpComesOnThatDay_AtTheStartOfWorkingHours()
    {
        // Midnight of Friday 6 November in New York, as Graph gives it in UTC.
        var due = new DateTimeOffset(2026, 11, 6, 5, 0, 0, TimeSpan.Zero);
        var decision = planner.Decide(Flagged(due), Sent.AddDays(1), WorkingHours.Default(NewYork));

        Assert.Equal(OutreachThreadState.Waiting, decision.State);
        Assert.Equal(new DateTimeOffset(2026, 11, 6, 9, 0, 0, TimeSpan.FromHours(-5)), decision.NextActionAt);
        Assert.StartsWith("waiting: the date of your Outlook flag, Fri 6 Nov 2026", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FlagDueLater_ItsDayReplacesTheUsualTen()
    {
        var due = new DateTimeOffset(2026, 11, 25, 5, 0, 0, TimeSpan.Zero);
        var decision = planner.Decide(Flagged(due), Sent.AddDays(11), WorkingHours.Default(NewYork));

        Assert.Equal(OutreachThreadState.Waiting, decision.State);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(-5)), decision.NextActionAt);
    }

    [Fact]
    public void FlagDayCome_TheFollowUpIsDue()
    {
        var due = new DateTimeOffset(2026, 11, 25, 5, 0, 0, TimeSpan.Zero);
        var decision = planner.Decide(Flagged(due), new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero), WorkingHours.Default(NewYork));
        Assert.Equal(OutreachThreadState.Due, decision.State);
    }

    [Fact]
    public void NoFlag_TheUsualDate()
    {
        var decision = planner.Decide(Flagged(null), Sent.AddDays(1));
        Assert.Equal(Sent.AddDays(10), decision.NextActionAt);
    }
}
