using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Connect;

/// <summary>
/// workingHours.timeZone may be "Customized Time Zone" (timezonebase): a customTimeZone whose bias is minutes
/// ahead of UTC (customtimezone). The service reads it; one it cannot read falls back to the mailbox's zone,
/// and <c>outreach status</c> says so.
/// </summary>
public sealed class CustomTimeZoneTests
{
    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"];

    [Fact]
    public async Task WorkingHoursInACustomZone_DraftWaitsForNineOClockThere()
    {
        // UTC+05:30 with no daylight saving: Monday 15:00 UTC is 20:30 there, after hours.
        await using var world = await StartAsync(bias: 330);

        var created = await world.RunOnceAsync();

        var thread = Assert.Single(await world.StatusAsync());
        var mailbox = Assert.Single((await world.SnapshotAsync()).Mailboxes);
        Assert.Equal(0, created);
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 3, 30, 0, TimeSpan.Zero), thread.NextActionAt);
        Assert.Null(mailbox.Assumed);
    }

    [Fact]
    public async Task WorkingHoursInACustomZoneThatCannotBeRead_MailboxZoneUsed_StatusSaysSo()
    {
        await using var world = await StartAsync(bias: 5000);

        var created = await world.RunOnceAsync();

        var mailbox = Assert.Single((await world.SnapshotAsync()).Mailboxes);
        Assert.Equal(1, created);
        Assert.Equal("the working hours' custom time zone could not be read; they are taken in Eastern Standard Time", mailbox.Assumed);
    }

    private static Task<SandboxWorld> StartAsync(int bias) =>
        SandboxWorld.StartAsync([Outreach.ToDirector("-16d")], mailbox: m => m["workingHours"] = new Dictionary<string, object>
        {
            ["daysOfWeek"] = Weekdays,
            ["startTime"] = "09:00",
            ["endTime"] = "17:00",
            ["timeZone"] = new Dictionary<string, object>
            {
                ["@odata.type"] = "#microsoft.graph.customTimeZone",
                ["name"] = "Customized Time Zone",
                ["bias"] = bias,
                ["standardOffset"] = new { time = "00:00:00.0000000", dayOccurrence = 0, dayOfWeek = "sunday", month = 0, year = 0 },
                ["daylightOffset"] = new { daylightBias = 0, time = "00:00:00.0000000", dayOccurrence = 0, dayOfWeek = "sunday", month = 0, year = 0 },
            },
        });
}
