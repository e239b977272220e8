using OutreachAssistant.Worker.Commands;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Status;

/// <summary><c>outreach status</c> speaks the mailbox's time, as the user reads their calendar, not UTC.</summary>
public sealed class StatusReportTests
{
    [Fact]
    public async Task Status_WaitingThread_NextActionOnTheMailboxClockWithItsZoneNamed()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-3d")]);
        await world.RunOnceAsync();

        var snapshot = await world.SnapshotAsync();
        var text = StatusReport.ToText(snapshot);

        // Sent Friday 30 October 15:00 UTC; ten days later is Monday 9 November, 10:00 in New York (EST, UTC-5).
        var thread = Assert.Single(snapshot.Threads);
        Assert.Equal(TimeSpan.FromHours(-5), thread.NextActionAt!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 11, 9, 10, 0, 0, TimeSpan.FromHours(-5)), thread.NextActionAt);
        Assert.Contains("times in Eastern Standard Time", text, StringComparison.Ordinal);
        Assert.Contains("next action Mon 9 Nov 2026 10:00;", text, StringComparison.Ordinal);
        Assert.Contains("\"nextActionAt\": \"2026-11-09T10:00:00-05:00\"", StatusReport.ToJson(snapshot), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_NeverSynced_TimesInUtc()
    {
        await using var world = await SandboxWorld.StartAsync([]);

        var snapshot = await world.SnapshotAsync();

        Assert.Equal(TimeZoneInfo.Utc.Id, Assert.Single(snapshot.Mailboxes).TimeZone);
    }
}
