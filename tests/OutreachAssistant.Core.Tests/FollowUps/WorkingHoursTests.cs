using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Core.Tests.FollowUps;

public sealed class WorkingHoursTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static WorkingHours EveryDay(TimeZoneInfo zone) =>
        WorkingHours.Default(zone) with { Days = Enum.GetValues<DayOfWeek>().ToHashSet() };

    [Fact]
    public void NextWorkingMoment_InsideHours_Unchanged()
    {
        var at = new DateTimeOffset(2026, 11, 4, 15, 0, 0, TimeSpan.Zero); // Wednesday 10:00 in New York
        Assert.Equal(at, WorkingHours.Default(NewYork).NextWorkingMoment(at));
    }

    [Fact]
    public void NextWorkingMoment_SaturdayDue_MondayAtNine()
    {
        var saturday = new DateTimeOffset(2026, 11, 14, 16, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.FromHours(-5)), WorkingHours.Default(NewYork).NextWorkingMoment(saturday));
    }

    [Fact]
    public void NextWorkingMoment_EveningDue_NextMorning()
    {
        var evening = new DateTimeOffset(2026, 11, 4, 23, 30, 0, TimeSpan.Zero); // 18:30 in New York
        Assert.Equal(new DateTimeOffset(2026, 11, 5, 9, 0, 0, TimeSpan.FromHours(-5)), WorkingHours.Default(NewYork).NextWorkingMoment(evening));
    }

    [Fact]
    public void NextWorkingMoment_NewYorkFallBackWeekend_MondayNineIsFourteenUtc()
    {
        // Saturday 31 October 2026 is still daylight time (UTC-4); Monday 2 November is standard time (UTC-5).
        var saturday = new DateTimeOffset(2026, 10, 31, 22, 0, 0, TimeSpan.Zero);
        var monday = WorkingHours.Default(NewYork).NextWorkingMoment(saturday);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 14, 0, 0, TimeSpan.Zero), monday.ToUniversalTime());
    }

    [Fact]
    public void NextWorkingMoment_NewYorkSpringForwardNight_NineIsThirteenUtc()
    {
        // 8 March 2026: clocks go from 02:00 to 03:00; at 00:30 EST the day's 09:00 is already daylight time.
        var night = new DateTimeOffset(2026, 3, 8, 5, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 13, 0, 0, TimeSpan.Zero), EveryDay(NewYork).NextWorkingMoment(night).ToUniversalTime());
    }

    [Fact]
    public void NextWorkingMoment_BerlinSpringForwardNight_NineIsSevenUtc()
    {
        // 29 March 2026: Berlin goes from CET (UTC+1) to CEST (UTC+2) at 02:00.
        var night = new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 7, 0, 0, TimeSpan.Zero), EveryDay(Berlin).NextWorkingMoment(night).ToUniversalTime());
    }

    [Fact]
    public void NextWorkingMoment_BerlinStartInsideTheGap_FirstRealMinuteAfter()
    {
        var hours = EveryDay(Berlin) with { Start = new TimeOnly(2, 30) };
        var night = new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), hours.NextWorkingMoment(night).ToUniversalTime());
    }

    [Fact]
    public void NextWorkingDay_Friday_IsMonday() =>
        Assert.Equal(new DateOnly(2026, 11, 16), WorkingHours.Default(NewYork).NextWorkingDay(new DateOnly(2026, 11, 13)));
}
