using System.Text.Json.Nodes;
using Microsoft.Graph.Models;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests;

/// <summary>
/// workingHours.timeZone is a timeZoneBase: "a standard time zone name ... or "Customized Time Zone" for a
/// custom time zone" (timezonebase), which comes as a customTimeZone with bias and offsets (user-get-mailboxsettings, example 3).
/// </summary>
public sealed class CustomTimeZoneSeedTests
{
    [Fact]
    public async Task Seed_WorkingHoursInACustomTimeZone_ServedAsCustomTimeZone()
    {
        var seed = TestSeeds.Mailbox();
        seed["workingHours"] = new JsonObject
        {
            ["daysOfWeek"] = new JsonArray("monday", "tuesday"),
            ["startTime"] = "09:00",
            ["endTime"] = "18:30",
            ["timeZone"] = JsonNode.Parse("""
                {"@odata.type": "#microsoft.graph.customTimeZone", "bias": -200, "name": "Customized Time Zone",
                 "standardOffset": {"time": "02:00:00.0000000", "dayOccurrence": 4, "dayOfWeek": "sunday", "month": 5, "year": 0},
                 "daylightOffset": {"daylightBias": -100, "time": "02:00:00.0000000", "dayOccurrence": 2, "dayOfWeek": "sunday", "month": 10, "year": 0}}
                """),
        };
        await using var sandbox = await TestSandbox.StartAsync(seed);

        var settings = await sandbox.Graph.Me.MailboxSettings.GetAsync();

        var zone = Assert.IsType<CustomTimeZone>(settings!.WorkingHours!.TimeZone);
        Assert.Equal("Customized Time Zone", zone.Name);
        Assert.Equal(-200, zone.Bias);
        Assert.Equal(-100, zone.DaylightOffset!.DaylightBias);
        Assert.Equal(5, zone.StandardOffset!.Month);
    }
}
