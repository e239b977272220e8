using System.Text.Json.Nodes;
using Microsoft.Graph.Me.Messages.Item.Move;
using Microsoft.Graph.Models;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests;

/// <summary>List filters narrowed in SQL (columns and the extended property table) follow every write.</summary>
public sealed class ListFilterTests
{
    private const string MarkerId = "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name Marker";

    [Fact]
    public async Task List_ExtendedPropertyFilter_FollowsValueChangesMovesAndDeletes()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var id = (string)(await sandbox.AdminMessageAsync("reply"))["id"]!;

        await sandbox.Graph.Me.Messages[id].PatchAsync(new Message { SingleValueExtendedProperties = [new() { Id = MarkerId, Value = "one" }] });
        Assert.Equal([id], await MarkedAsync(sandbox, "eq 'ONE'"));
        await sandbox.Graph.Me.Messages[id].PatchAsync(new Message { SingleValueExtendedProperties = [new() { Id = MarkerId, Value = "two" }] });
        Assert.Empty(await MarkedAsync(sandbox, "eq 'one'"));
        Assert.Equal([id], await MarkedAsync(sandbox, "eq 'two'"));
        Assert.Equal([id], await MarkedAsync(sandbox, "ne 'one'"));

        var moved = await sandbox.Graph.Me.Messages[id].Move.PostAsync(new MovePostRequestBody { DestinationId = "archive" });
        Assert.Equal([moved!.Id!], await MarkedAsync(sandbox, "eq 'two'"));
        await sandbox.Graph.Me.Messages[moved.Id].DeleteAsync();
        var deleted = Assert.Single(await MarkedAsync(sandbox, "eq 'two'"));
        await sandbox.Graph.Me.Messages[deleted].DeleteAsync();
        Assert.Empty(await MarkedAsync(sandbox, "eq 'two'"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" and isRead eq false")]
    public async Task List_CountSkipAndNextLink_AgreeWhetherSqlOrCodeDecidesTheFilter(string decidedInCode)
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox(inboxMessages: 7));
        var since = TestSeeds.Iso(sandbox.Clock.GetUtcNow().AddHours(-6));
        var expected = Enumerable.Range(1, 5).Select(i => $"Inbox message {i}").ToList();

        var first = await sandbox.GetJsonAsync(sandbox.Url(
            $"me/mailFolders/inbox/messages?$filter=receivedDateTime ge {since}{decidedInCode}&$count=true&$top=2&$skip=1&$select=subject"));
        var subjects = Subjects(first);
        var page = first;
        // Bounded, so a nextLink that never ends fails the test instead of hanging it.
        for (var pages = 1; page["@odata.nextLink"] is { } next && pages < 10; pages++)
        {
            page = await sandbox.GetJsonAsync((string)next!);
            subjects.AddRange(Subjects(page));
        }

        Assert.Equal(5, (int)first["@odata.count"]!);
        Assert.Equal(expected.Skip(1), subjects);
    }

    private static async Task<List<string>> MarkedAsync(TestSandbox sandbox, string valueTest)
    {
        var page = await sandbox.GetJsonAsync(sandbox.Url(
            $"me/messages?$filter=singleValueExtendedProperties/any(ep: ep/id eq '{MarkerId}' and ep/value {valueTest})"));
        return [.. page["value"]!.AsArray().Select(v => (string)v!["id"]!)];
    }

    private static List<string> Subjects(JsonObject page) => [.. page["value"]!.AsArray().Select(v => (string)v!["subject"]!)];
}
