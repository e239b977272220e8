using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.ReadPath;

/// <summary>
/// "The response of GET /users/id/messages includes the user's Microsoft Teams chats" (Graph known issues,
/// linked from user-list-messages). A chat from the contact is not their answer to the outreach.
/// </summary>
public sealed class TeamsChatTests
{
    [Fact]
    public async Task FollowUp_ContactChattedInTeamsButNeverAnswered_ChatIsNoReplyAndTheDraftIsMade()
    {
        await using var world = await SandboxWorld.StartAsync(
        [
            Outreach.ToDirector("-16d"),
            new SeedMessage { Key = "chat", TeamsChat = true, From = Outreach.Director, To = [SandboxWorld.Owner], Subject = "IM", Body = "Are you joining the noon conference?", Sent = "-1d" },
        ]);

        var created = await world.RunOnceAsync();

        Assert.Equal(1, created);
        Assert.Equal("drafted", Assert.Single(await world.StatusAsync()).State);
    }
}
