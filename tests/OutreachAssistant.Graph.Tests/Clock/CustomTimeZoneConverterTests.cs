using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using OutreachAssistant.Graph.Clock;

namespace OutreachAssistant.Graph.Tests.Clock;

/// <summary>The customTimeZone of user-get-mailboxsettings' example 3, read as customtimezone and daylighttimezoneoffset define it.</summary>
public sealed class CustomTimeZoneConverterTests
{
    private static CustomTimeZone DocumentedExample() => new()
    {
        Name = "Customized Time Zone",
        Bias = -200,
        StandardOffset = new StandardTimeZoneOffset { Time = new Time(2, 0, 0), DayOccurrence = 4, DayOfWeek = DayOfWeekObject.Sunday, Month = 5, Year = 0 },
        DaylightOffset = new DaylightTimeZoneOffset { DaylightBias = -100, Time = new Time(2, 0, 0), DayOccurrence = 2, DayOfWeek = DayOfWeekObject.Sunday, Month = 10, Year = 0 },
    };

    [Fact]
    public void DocumentedExample_StandardIsBiasAndDaylightIsBiasPlusDaylightBias()
    {
        var zone = CustomTimeZoneConverter.ToTimeZoneInfo(DocumentedExample())!;

        // Daylight from the 2nd Sunday of October to the 4th Sunday of May.
        Assert.Equal(TimeSpan.FromMinutes(-200), zone.GetUtcOffset(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal(TimeSpan.FromMinutes(-300), zone.GetUtcOffset(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal("Customized Time Zone", zone.Id);
    }

    [Fact]
    public void BiasBeyondFourteenHours_CannotBeRead()
    {
        var zone = DocumentedExample();
        zone.Bias = 5000;

        Assert.Null(CustomTimeZoneConverter.ToTimeZoneInfo(zone));
    }

    [Fact]
    public void KeptInTheProfile_ReadBackAsTheSameZone()
    {
        var zone = CustomTimeZoneConverter.ToTimeZoneInfo(DocumentedExample())!;

        Assert.True(ZoneNames.TryFind(ZoneNames.Keep(zone), out var back));
        Assert.Equal(zone.GetUtcOffset(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero)), back.GetUtcOffset(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero)));
    }
}
