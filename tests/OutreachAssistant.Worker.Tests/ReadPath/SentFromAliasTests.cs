using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.ReadPath;

/// <summary>
/// What the user sends from an alias has the alias as From, not the mailbox's address; it is still in Sent
/// Items, and Sent Items carry no internet headers (Microsoft, microsoft-graph-docs#2716). The folder tells.
/// </summary>
public sealed class SentFromAliasTests
{
    [Fact]
    public async Task Sync_OutreachSentFromAnAliasInSentItems_TrackedAsOutreachAndFollowedUp()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-16d") with { From = "Amira Haddad <amira.h@alias.example>" }]);

        var created = await world.RunOnceAsync();

        var thread = Assert.Single(await world.StatusAsync());
        Assert.Equal("drafted", thread.State);
        Assert.Equal(1, created);
    }
}
