using System.Text.Json.Nodes;
using Microsoft.Graph.Models;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests;

/// <summary>
/// "Updated instances are represented by their id with at least the properties that have been updated, but
/// additional properties may be included" (delta-query-overview): by default only the changes; switched, the whole item.
/// </summary>
public sealed class PartialDeltaTests
{
    [Fact]
    public async Task Delta_MessageMarkedReadAfterLastRound_ComesBackAsIdAndChangedPropertiesOnly()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var deltaLink = await DeltaLinkAsync(sandbox);
        var read = await sandbox.AdminMessageAsync("inbox-2");
        await sandbox.Graph.Me.Messages[(string)read["id"]!].PatchAsync(new Message { IsRead = true, Categories = ["Later"] });

        var item = Assert.Single((await sandbox.GetJsonAsync(deltaLink))["value"]!.AsArray())!.AsObject();

        Assert.Equal((string?)read["id"], (string?)item["id"]);
        Assert.True((bool)item["isRead"]!);
        Assert.Equal("Later", (string?)item["categories"]![0]);
        Assert.False(item.ContainsKey("conversationId"));
        Assert.False(item.ContainsKey("subject"));
        Assert.False(item.ContainsKey("from"));
        Assert.False(item.ContainsKey("body"));
    }

    [Fact]
    public async Task Delta_SwitchedToFullItems_ChangedMessageComesBackWhole()
    {
        await using var sandbox = await TestSandbox.StartAsync(DeltaUpdates.FullItems, CollectionBodies.AlwaysHtml, TestSeeds.Mailbox());
        var deltaLink = await DeltaLinkAsync(sandbox);
        var read = await sandbox.AdminMessageAsync("inbox-2");
        await sandbox.Graph.Me.Messages[(string)read["id"]!].PatchAsync(new Message { IsRead = true });

        var item = Assert.Single((await sandbox.GetJsonAsync(deltaLink))["value"]!.AsArray())!.AsObject();

        Assert.True((bool)item["isRead"]!);
        Assert.Equal((string?)read["conversationId"], (string?)item["conversationId"]);
        Assert.Equal("Inbox message 2", (string?)item["subject"]);
    }

    [Fact]
    public async Task Delta_MessageNewThisRound_ComesBackWholeEvenAfterAChange()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var deltaLink = await DeltaLinkAsync(sandbox);
        var delivered = await sandbox.DeliverAsync(new JsonObject
        {
            ["from"] = "New Sender <new@example.org>", ["to"] = new JsonArray(TestSeeds.Owner),
            ["subject"] = "Fresh", ["body"] = "hi", ["sent"] = "now",
        });
        await sandbox.Graph.Me.Messages[(string)delivered["id"]!].PatchAsync(new Message { IsRead = true });

        var item = Assert.Single((await sandbox.GetJsonAsync(deltaLink))["value"]!.AsArray())!.AsObject();

        Assert.Equal("Fresh", (string?)item["subject"]);
        Assert.NotNull(item["conversationId"]);
    }

    private static async Task<string> DeltaLinkAsync(TestSandbox sandbox)
    {
        var url = sandbox.Url("me/mailFolders/inbox/messages/delta?$select=subject,from,isRead,categories,conversationId,body");
        while (true)
        {
            var page = await sandbox.GetJsonAsync(url, ("Prefer", "odata.maxpagesize=50"));
            if (page["@odata.deltaLink"] is { } link)
            {
                return (string)link!;
            }

            url = (string)page["@odata.nextLink"]!;
        }
    }
}
