using System.Globalization;
using OutreachAssistant.Core.Digest;
using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Core.Tests.Digest;

/// <summary>Which week's digest is due: from the start of working hours on the digest's day, on the mailbox's own clock.</summary>
public sealed class DigestWeekTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly WorkingHours Hours = WorkingHours.Default(NewYork);

    [Theory]
    [InlineData("2026-11-30T14:00:00Z", "2026-11-30")] // Monday 09:00 in New York
    [InlineData("2026-12-01T20:00:00Z", "2026-11-30")] // Tuesday: still this week's, for a run that missed Monday
    [InlineData("2026-12-03T13:59:00Z", "2026-11-30")] // Thursday 08:59: the last minute of its three days
    public void At_Monday_DueFromTheStartOfWorkingHoursLocally(string now, string week)
    {
        var due = DigestWeek.At(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture), Hours, DayOfWeek.Monday);

        Assert.Equal(DateOnly.Parse(week, CultureInfo.InvariantCulture), due!.Starts);
        Assert.True(due.DueAt <= DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2026-11-30T13:59:00Z")] // Monday 08:59 in New York: this week's not yet, last week's too late
    [InlineData("2026-12-03T14:00:00Z")] // Thursday 09:00: three days late, old news
    [InlineData("2026-12-07T04:30:00Z")] // Sunday 23:30 in New York, Monday already in UTC
    public void At_BeforeTheMomentOrLongAfter_None(string now)
    {
        Assert.Null(DigestWeek.At(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture), Hours, DayOfWeek.Monday));
    }

    [Fact]
    public void At_MondayIsNotAWorkingDay_DueAtTuesdaysStart()
    {
        var hours = Hours with { Days = new HashSet<DayOfWeek> { DayOfWeek.Tuesday, DayOfWeek.Wednesday } };

        var due = DigestWeek.At(new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero), hours, DayOfWeek.Monday);

        Assert.Equal(new DateOnly(2026, 11, 30), due!.Starts);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(-5)), due.DueAt);
    }

    [Fact]
    public void At_OtherDay_WeekNamedByThatDay()
    {
        var due = DigestWeek.At(new DateTimeOffset(2026, 11, 28, 15, 0, 0, TimeSpan.Zero), Hours, DayOfWeek.Friday);

        Assert.Equal(new DateOnly(2026, 11, 27), due!.Starts);
    }

    [Fact]
    public void At_CalendarsEnd_NoWeek()
    {
        Assert.Null(DigestWeek.At(DateTimeOffset.MaxValue, Hours, DayOfWeek.Monday));
    }

    [Fact]
    public void KeyFor_SameWeekAndMailbox_SameKey()
    {
        var week = new DigestWeek(new DateOnly(2026, 11, 30), DateTimeOffset.UnixEpoch);

        Assert.Equal("amira/digest/2026-11-30", week.KeyFor("amira"));
    }
}
