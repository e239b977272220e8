using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Graph.Me.MailFolders.Item.Messages.Delta;
using Microsoft.Graph.Me.Messages.Item.Move;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests;

public sealed class DeltaTests
{
    [Fact]
    public async Task Delta_InitialRound_PagesByTenThenMaxPageSizeAndEndsWithDeltaLink()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox(inboxMessages: 24));
        var delta = sandbox.Graph.Me.MailFolders["inbox"].Messages.Delta;

        var first = await delta.GetAsDeltaGetResponseAsync(rc => rc.QueryParameters.Select = ["subject", "from"]);
        Assert.Equal(10, first!.Value!.Count);
        Assert.NotNull(first.OdataNextLink);
        Assert.Null(first.OdataDeltaLink);

        var ids = first.Value.Select(m => m.Id!).ToList();
        var links = new List<string> { first.OdataNextLink! };
        var page = first;
        while (page.OdataNextLink is { } next)
        {
            page = await delta.WithUrl(next).GetAsDeltaGetResponseAsync(rc => rc.Headers.Add("Prefer", "odata.maxpagesize=4"));
            Assert.True(page!.Value!.Count <= 4);
            Assert.True(page.OdataNextLink is null ^ page.OdataDeltaLink is null);
            ids.AddRange(page.Value.Select(m => m.Id!));
            if (page.OdataNextLink is { } link)
            {
                links.Add(link);
            }
        }

        Assert.Equal(25, ids.Count);
        Assert.Equal(25, ids.Distinct().Count());
        Assert.Equal(links.Count, links.Distinct().Count());
        Assert.Contains("$deltatoken=", page.OdataDeltaLink, StringComparison.Ordinal);
        Assert.StartsWith(sandbox.Server.BaseUrl.ToString(), page.OdataDeltaLink, StringComparison.Ordinal);
        Assert.All(first.Value, m => Assert.NotNull(m.Subject));
        Assert.All(first.Value, m => Assert.Null(m.Body));
    }

    [Fact]
    public async Task Delta_PageIteratorWithSmallPages_VisitsEveryMessageWithoutLoopDetection()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox(inboxMessages: 14));
        var first = await sandbox.Graph.Me.MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(
            rc => rc.Headers.Add("Prefer", "odata.maxpagesize=3"));
        var seen = new List<string>();

        var iterator = PageIterator<Message, DeltaGetResponse>.CreatePageIterator(
            sandbox.Graph,
            first!,
            message =>
            {
                seen.Add(message.Id!);
                return true;
            },
            request =>
            {
                request.Headers.Add("Prefer", "odata.maxpagesize=3");
                return request;
            });
        await iterator.IterateAsync();

        Assert.Equal(15, seen.Distinct().Count());
        Assert.Equal(PagingState.Delta, iterator.State);
    }

    [Fact]
    public async Task Delta_RoundTwo_ReturnsNewAndUpdatedMessagesAndRemovalOfMovedMessage()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox(inboxMessages: 3));
        var deltaLink = await DeltaLinkAsync(sandbox, "inbox");
        var moved = await sandbox.AdminMessageAsync("inbox-1");
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        var delivered = await sandbox.DeliverAsync(new JsonObject
        {
            ["from"] = "New Sender <new@example.org>", ["to"] = new JsonArray(TestSeeds.Owner),
            ["subject"] = "Fresh", ["body"] = "hi", ["sent"] = "now",
        });
        await sandbox.Graph.Me.Messages[(string)moved["id"]!].Move.PostAsync(new MovePostRequestBody { DestinationId = "archive" });
        var read = await sandbox.AdminMessageAsync("inbox-2");
        await sandbox.Graph.Me.Messages[(string)read["id"]!].PatchAsync(new Message { IsRead = true });

        var round2 = await sandbox.GetJsonAsync(deltaLink);

        var items = round2["value"]!.AsArray().Select(v => v!.AsObject()).ToList();
        Assert.Equal(3, items.Count);
        Assert.True((bool)items.Single(i => (string?)i["id"] == (string?)read["id"])["isRead"]!);
        var created = items.Single(i => (string?)i["id"] == (string?)delivered["id"]);
        Assert.Equal("Fresh", (string?)created["subject"]);
        Assert.Equal("#microsoft.graph.message", (string?)created["@odata.type"]);
        var removed = items.Single(i => (string?)i["id"] == (string?)moved["id"]);
        Assert.Equal("deleted", (string?)removed["@removed"]!["reason"]);
        Assert.NotNull(round2["@odata.deltaLink"]);
        Assert.Null(round2["@odata.nextLink"]);
    }

    [Fact]
    public async Task Delta_RoundTwoWithoutChanges_ReturnsEmptyPageAndNewDeltaLink()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var deltaLink = await DeltaLinkAsync(sandbox, "inbox");

        var round2 = await sandbox.GetJsonAsync(deltaLink);

        Assert.Empty(round2["value"]!.AsArray());
        Assert.NotEqual(deltaLink, (string?)round2["@odata.deltaLink"]);
    }

    [Fact]
    public async Task Delta_AfterAdminExpiresTokens_SdkRaisesODataError410SyncStateNotFound()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var deltaLink = await DeltaLinkAsync(sandbox, "inbox");
        using var expire = await sandbox.SendAsync(HttpMethod.Post, $"{sandbox.Server.AdminUrl}/mailboxes/pat/expire-delta-tokens", null);
        expire.EnsureSuccessStatusCode();

        var error = await Assert.ThrowsAsync<ODataError>(
            () => sandbox.Graph.Me.MailFolders["inbox"].Messages.Delta.WithUrl(deltaLink).GetAsDeltaGetResponseAsync());

        Assert.Equal(410, error.ResponseStatusCode);
        Assert.Equal("SyncStateNotFound", error.Error!.Code);
    }

    [Fact]
    public async Task Delta_UnknownSkipToken_Returns410WithGraphErrorBody()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());

        using var response = await sandbox.SendAsync(HttpMethod.Get, sandbox.Url("me/mailFolders/inbox/messages/delta?$skiptoken=nope"), null);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("SyncStateNotFound", (string?)(await TestSandbox.ReadAsync(response))["error"]!["code"]);
    }

    [Theory]
    [InlineData("$filter=subject eq 'x'")]
    [InlineData("$orderby=receivedDateTime asc")]
    [InlineData("$search=hello")]
    public async Task Delta_UnsupportedQueryOption_Returns400(string query)
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());

        using var response = await sandbox.SendAsync(HttpMethod.Get, sandbox.Url($"me/mailFolders/inbox/messages/delta?{query}"), null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await TestSandbox.ReadAsync(response))["error"]!["message"]);
    }

    [Fact]
    public async Task Delta_KeyFormAndEncodedOptions_AreAcceptedAndReplayedFromTokens()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox(inboxMessages: 6));
        var since = TestSeeds.Iso(sandbox.Clock.GetUtcNow().AddHours(-4));
        var url = sandbox.Url($"users/PAT.LEE@contoso.example/mailfolders('Inbox')/messages/microsoft.graph.delta()?%24select=subject&%24filter=receivedDateTime%20ge%20{since}");

        var first = await sandbox.GetJsonAsync(url, ("Prefer", "odata.maxpagesize=2, outlook.body-content-type=\"text\""));
        var second = await sandbox.GetJsonAsync((string)first["@odata.nextLink"]!, ("Prefer", "odata.maxpagesize=2"));

        var subjects = first["value"]!.AsArray().Concat(second["value"]!.AsArray()).Select(v => (string?)v!["subject"]).ToList();
        Assert.Equal(["Inbox message 1", "Inbox message 2", "Inbox message 3"], subjects);
        Assert.Null(second["value"]![0]!["body"]);
        Assert.NotNull(second["@odata.deltaLink"]);
    }

    private static async Task<string> DeltaLinkAsync(TestSandbox sandbox, string folder)
    {
        var url = sandbox.Url($"me/mailFolders/{folder}/messages/delta");
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
