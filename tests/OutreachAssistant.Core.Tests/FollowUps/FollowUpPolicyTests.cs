using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Core.Tests.FollowUps;

/// <summary>Out-of-office pauses, kinds that get no follow-up, and working hours.</summary>
public sealed class FollowUpPolicyTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    // Monday 2 November 2026, 10:00 in New York.
    private static readonly DateTimeOffset Sent = new(2026, 11, 2, 15, 0, 0, TimeSpan.Zero);
    private readonly FollowUpPlanner planner = new(new FollowUpOptions());

    private static ThreadHistory History(params ThreadMessage[] more) =>
        new(Sent, [new ThreadMessage("s1", Sent, ThreadMessageDirection.Outbound), .. more], []);

    private static ThreadMessage AutoReply(double days, DateOnly? back) =>
        new("auto", Sent.AddDays(days), ThreadMessageDirection.Inbound, InboundKind.AutomaticReply, back);

    [Fact]
    public void Decide_OutOfOfficeWithReturnDate_PausedUntilTheWorkingDayAfter()
    {
        // Back Friday 20 November: the follow-up waits for Monday 23 November, 09:00 in New York.
        var decision = planner.Decide(History(AutoReply(0, new DateOnly(2026, 11, 20))), Sent.AddDays(11), WorkingHours.Default(NewYork));
        Assert.Equal(OutreachThreadState.Waiting, decision.State);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(-5)), decision.NextActionAt);
        Assert.Equal("paused: out of office until Fri 20 Nov", decision.Reason);
    }

    [Fact]
    public void Decide_OutOfOfficeBackBeforeDue_NoLongerThanUsual()
    {
        var decision = planner.Decide(History(AutoReply(0, new DateOnly(2026, 11, 4))), Sent.AddDays(3), WorkingHours.Default(NewYork));
        Assert.Equal(Sent.AddDays(10), decision.NextActionAt);
    }

    [Fact]
    public void Decide_OutOfOfficeWithoutDate_ConfiguredPause()
    {
        var options = new FollowUpOptions { OutOfOfficePause = TimeSpan.FromDays(14) };
        var decision = new FollowUpPlanner(options).Decide(History(AutoReply(2, null)), Sent.AddDays(11));
        Assert.Equal(Sent.AddDays(16), decision.NextActionAt);
        Assert.StartsWith("paused: automatic reply with no return date", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OutreachKind.ThankYou)]
    [InlineData(OutreachKind.Update)]
    public void Decide_ThankYouOrUpdate_NeverFollowedUp(OutreachKind kind)
    {
        var decision = planner.Decide(History() with { Kind = kind }, Sent.AddDays(30));
        Assert.Equal(OutreachThreadState.MovedOn, decision.State);
        Assert.False(decision.CreateDraftNow);
    }

    [Fact]
    public void Decide_KindOverride_AllowsTwo()
    {
        var options = new FollowUpOptions();
        options.Kinds["mentorship"] = new FollowUpKindOptions { MaxFollowUps = 2 };
        var history = new ThreadHistory(Sent, [new ThreadMessage("s1", Sent, ThreadMessageDirection.Outbound)], [Sent.AddDays(10)]) { Kind = OutreachKind.Mentorship };
        var decision = new FollowUpPlanner(options).Decide(history, Sent.AddDays(12));
        Assert.Equal(OutreachThreadState.Waiting, decision.State);
        Assert.Equal(Sent.AddDays(24), decision.NextActionAt);
    }

    [Fact]
    public void Decide_DueOnSaturday_WaitsForMondayMorning()
    {
        // Sent Wednesday 4 November: ten days later is Saturday 14 November.
        var wednesday = new ThreadHistory(Sent.AddDays(2), [new ThreadMessage("s1", Sent.AddDays(2), ThreadMessageDirection.Outbound)], []);
        var decision = planner.Decide(wednesday, Sent.AddDays(12).AddHours(2), WorkingHours.Default(NewYork));
        Assert.Equal(OutreachThreadState.Waiting, decision.State);
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.FromHours(-5)), decision.NextActionAt);
        Assert.Contains("working hours", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_OverdueFoundOnSundayNight_WaitsForMondayMorning()
    {
        var sunday = new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);
        var decision = planner.Decide(History(), sunday, WorkingHours.Default(NewYork));
        Assert.Equal(OutreachThreadState.Waiting, decision.State);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(-5)), decision.NextActionAt);
    }
}
