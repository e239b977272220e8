using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Core.Tests.FollowUps;

/// <summary>Dates at the calendar's ends (a poisoned 9999-12-31, a zeroed 0001-01-01) never make the planner throw.</summary>
public sealed class CalendarEdgeTests
{
    private static readonly DateTimeOffset Now = Messages.Start;
    private static readonly DateTimeOffset YearNineThousand = new(9999, 12, 31, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset YearOne = new(1, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Zones => ["UTC", "Tokyo Standard Time", "Pacific Standard Time", "Line Islands Standard Time", "Dateline Standard Time"];

    private readonly FollowUpPlanner planner = new(new FollowUpOptions());

    [Theory]
    [MemberData(nameof(Zones))]
    public void Decide_OutreachDatedYear9999_WaitsWithoutThrowing(string zone)
    {
        var history = new ThreadHistory(YearNineThousand, [new ThreadMessage("s1", YearNineThousand, ThreadMessageDirection.Outbound)], []);

        var decision = planner.Decide(history, Now, WorkingHours.Default(TimeZoneInfo.FindSystemTimeZoneById(zone)));

        Assert.Equal(OutreachThreadState.Waiting, decision.State);
        Assert.False(decision.CreateDraftNow);
    }

    [Theory]
    [MemberData(nameof(Zones))]
    public void Decide_FollowUpDraftedInYear9999_DoesNotThrow(string zone)
    {
        var history = new ThreadHistory(Now.AddDays(-20), [new ThreadMessage("s1", Now.AddDays(-20), ThreadMessageDirection.Outbound)], [YearNineThousand]);

        var decision = planner.Decide(history, Now, WorkingHours.Default(TimeZoneInfo.FindSystemTimeZoneById(zone)));

        Assert.Equal(OutreachThreadState.Drafted, decision.State);
    }

    [Theory]
    [MemberData(nameof(Zones))]
    public void Decide_OutreachDatedYearOne_IsTooLateNotAnError(string zone)
    {
        var history = new ThreadHistory(YearOne, [new ThreadMessage("s1", YearOne, ThreadMessageDirection.Outbound)], []);

        var decision = planner.Decide(history, Now, WorkingHours.Default(TimeZoneInfo.FindSystemTimeZoneById(zone)));

        Assert.Equal(OutreachThreadState.MovedOn, decision.State);
    }

    [Theory]
    [MemberData(nameof(Zones))]
    public void Decide_AnsweredInYear9999_KeepInTouchDoesNotThrow(string zone)
    {
        var history = new ThreadHistory(
            Now.AddDays(-20),
            [new ThreadMessage("s1", Now.AddDays(-20), ThreadMessageDirection.Outbound), new ThreadMessage("r1", YearNineThousand, ThreadMessageDirection.Inbound, InboundKind.Reply)],
            []) { KeepInTouchDraftsAt = [YearNineThousand, YearNineThousand], MailboxKeepInTouchDraftsAt = [YearOne] };

        var decision = planner.Decide(history, Now, WorkingHours.Default(TimeZoneInfo.FindSystemTimeZoneById(zone)));

        Assert.Equal(OutreachThreadState.Answered, decision.State);
    }

    [Fact]
    public void Decide_OutOfOfficeNoteDatedYear9999_PausesWithoutThrowing()
    {
        var note = new ThreadMessage("ooo", YearNineThousand, ThreadMessageDirection.Inbound, InboundKind.AutomaticReply);
        var history = new ThreadHistory(Now.AddDays(-11), [new ThreadMessage("s1", Now.AddDays(-11), ThreadMessageDirection.Outbound), note], []);

        var decision = planner.Decide(history, Now, WorkingHours.Default(TimeZoneInfo.Utc));

        Assert.Equal(OutreachThreadState.Waiting, decision.State);
    }

    [Theory]
    [InlineData("I am out of the office until 0000-01-05.")]
    [InlineData("I am out of the office until 9999-12-31.")]
    [InlineData("I am out of the office until January 5.")]
    public void ReturnDate_ReceivedAtTheCalendarsEnds_DoesNotThrow(string body)
    {
        Assert.Null(Record.Exception(() => OutOfOfficeParser.ReturnDate(body, DateOnly.MaxValue)));
        Assert.Null(Record.Exception(() => OutOfOfficeParser.ReturnDate(body, DateOnly.MinValue)));
    }

    [Fact]
    public void ReturnDate_Year9999_IsNoReturnDate()
    {
        Assert.Null(OutOfOfficeParser.ReturnDate("I am out of the office until 9999-12-31.", DateOnly.FromDateTime(Now.UtcDateTime)));
    }
}
