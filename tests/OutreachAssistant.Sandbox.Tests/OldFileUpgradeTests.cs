using System.Text.Json.Nodes;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests;

/// <summary>A sandbox file made before delta and lists paged in SQL keeps working once opened by this version.</summary>
public sealed class OldFileUpgradeTests
{
    private const string MarkerId = "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name Marker";

    [Fact]
    public async Task Restart_OnFileWithoutPagingColumns_FillsThemAndServesTheSameDeltaAndFilters()
    {
        var seed = TestSeeds.Mailbox(inboxMessages: 6);
        seed["messages"]!.AsArray().Add(new JsonObject
        {
            ["key"] = "marked", ["from"] = "Ann Cole <ann@hospital.example.org>", ["to"] = new JsonArray(TestSeeds.Owner),
            ["subject"] = "Marked", ["body"] = "b", ["sent"] = "-3d", ["conversation"] = "thread-1",
            ["extendedProperties"] = new JsonObject { [MarkerId] = "Rule-7" },
        });
        await using var sandbox = await TestSandbox.StartAsync(seed);
        var before = await ViewsAsync(sandbox);
        Assert.Equal((string?)(await sandbox.AdminMessageAsync("marked"))["id"], before[^1]);

        await sandbox.RestartAsync(OldFormatFile.MakeOld);

        Assert.Equal(before, await ViewsAsync(sandbox));
        var marked = (string)(await sandbox.AdminMessageAsync("marked"))["id"]!;
        // Raw HTTP: the SDK client keeps the port of the server before the restart.
        using var patch = await sandbox.SendAsync(
            HttpMethod.Patch, sandbox.Url($"me/messages/{marked}"), $$"""{"singleValueExtendedProperties":[{"id":"{{MarkerId}}","value":"Rule-8"}]}""");
        patch.EnsureSuccessStatusCode();
        Assert.Equal([marked], await IdsAsync(sandbox, $"me/messages?$filter=singleValueExtendedProperties/any(ep: ep/id eq '{MarkerId}' and ep/value eq 'rule-8')"));
    }

    /// <summary>What the client reads through the new columns: a paged delta round and its list filters.</summary>
    private static async Task<List<string>> ViewsAsync(TestSandbox sandbox)
    {
        var reply = await sandbox.AdminMessageAsync("reply");
        var views = new List<string>();
        var url = sandbox.Url("me/mailFolders/inbox/messages/delta?$select=subject");
        while (url is not null)
        {
            var page = await sandbox.GetJsonAsync(url, ("Prefer", "odata.maxpagesize=2"));
            views.AddRange(page["value"]!.AsArray().Select(v => (string)v!["id"]!));
            url = (string?)page["@odata.nextLink"];
        }

        views.Add("conversation:");
        views.AddRange(await IdsAsync(sandbox, $"me/messages?$filter=conversationId eq '{reply["conversationId"]}'"));
        views.Add("from:");
        views.AddRange(await IdsAsync(sandbox, "me/messages?$filter=from/emailAddress/address eq 'ANN@hospital.example.org'"));
        views.Add("property:");
        views.AddRange(await IdsAsync(sandbox, $"me/messages?$filter=singleValueExtendedProperties/any(ep: ep/id eq '{MarkerId}' and ep/value eq 'rule-7')"));
        return views;
    }

    private static async Task<List<string>> IdsAsync(TestSandbox sandbox, string relative) =>
        [.. (await sandbox.GetJsonAsync(sandbox.Url(relative)))["value"]!.AsArray().Select(v => (string)v!["id"]!)];
}
