using System.Text.Json.Nodes;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests;

/// <summary>
/// "The response of GET /users/id/messages includes the user's Microsoft Teams chats ... These chat messages have
/// "IM" as their subject" (known issues, linked from user-list-messages). A seed can hold one.
/// </summary>
public sealed class TeamsChatTests
{
    [Fact]
    public async Task List_SeededTeamsChat_InMessagesWithSubjectImAndTeamsMessageClassButNotInInbox()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var chat = await sandbox.DeliverAsync(new JsonObject
        {
            ["teamsChat"] = true, ["from"] = $"Dr. Jane Smith <{TestSeeds.Contact}>", ["to"] = new JsonArray(TestSeeds.Owner),
            ["body"] = "Saw your email, will reply soon", ["sent"] = "now",
        });

        var all = await sandbox.GetJsonAsync(sandbox.Url(
            "me/messages?$select=subject,internetMessageHeaders&$expand=singleValueExtendedProperties($filter=id eq 'String 0x001A')&$top=50"));
        var inbox = await sandbox.GetJsonAsync(sandbox.Url("me/mailFolders/inbox/messages?$top=50"));

        var listed = all["value"]!.AsArray().Single(m => (string?)m!["id"] == (string?)chat["id"])!;
        Assert.Equal("IM", (string?)listed["subject"]);
        Assert.Equal("IPM.SkypeTeams.Message", (string?)listed["singleValueExtendedProperties"]![0]!["value"]);
        Assert.Empty(listed["internetMessageHeaders"]!.AsArray());
        Assert.DoesNotContain(inbox["value"]!.AsArray(), m => (string?)m!["id"] == (string?)chat["id"]);
    }
}
