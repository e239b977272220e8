using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Connect;

/// <summary>
/// createReply quotes the original's time in UTC "If the header is not specified" (message-createreply): the
/// service names the mailbox's zone in <c>Prefer: outlook.timezone</c>, so the quote reads as the user's clock.
/// </summary>
public sealed class ReplyQuoteTimeZoneTests
{
    [Fact]
    public async Task FollowUpDraft_QuotesTheOriginalsTimeInTheMailboxZone()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-16d")]);

        await world.RunOnceAsync();

        // Sent 17 October 2026, 15:00 UTC: 11:00 in New York (EDT, UTC-4).
        var body = Assert.Single(await world.DraftsAsync()).GetProperty("body").GetProperty("content").GetString();
        Assert.Contains("Sent: Saturday, October 17, 2026 11:00 AM", body, StringComparison.Ordinal);
    }
}
