using System.Text.Json;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.FollowUps;

/// <summary>
/// Graph's createReply drafts a reply "to the sender of a message": of the user's own sent outreach, the user.
/// The writer addresses the draft itself, to the contact alone, whatever createReply chose.
/// </summary>
public sealed class DraftAddressingTests
{
    [Fact]
    public async Task FollowUp_ToOwnSentMailWithACopyToAColleague_AddressedToTheContactOnly()
    {
        var outreach = Outreach.ToDirector("-11d") with { To = [Outreach.Director, "Dr. Ravi Rao <rrao@childrens.example.org>"] };
        await using var world = await SandboxWorld.StartAsync([outreach]);

        await world.RunOnceAsync();

        var draft = Assert.Single(await world.DraftsAsync());
        var addressed = await world.GraphMessageAsync(draft.GetProperty("id").GetString()!, "toRecipients,ccRecipients");
        Assert.Equal([Outreach.DirectorAddress], Addresses(addressed, "toRecipients"));
        Assert.Empty(Addresses(addressed, "ccRecipients"));
    }

    private static List<string?> Addresses(JsonElement message, string property) =>
        [.. message.GetProperty(property).EnumerateArray().Select(r => r.GetProperty("emailAddress").GetProperty("address").GetString())];
}
