using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph.Me.Messages.Item.CreateReply;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests;

public sealed class SeedTests
{
    [Fact]
    public async Task Start_RelativeSeedTimes_ResolveAgainstSandboxClock()
    {
        var seed = TestSeeds.Mailbox(inboxMessages: 0);
        seed["messages"]!.AsArray().Add(Message("rel", "-3d4h", received: null));
        seed["messages"]!.AsArray().Add(Message("pinned", "-16d@10:15", received: "-15d"));
        seed["messages"]!.AsArray().Add(Message("absolute", "2025-12-24T08:00:00Z", received: "now"));
        await using var sandbox = await TestSandbox.StartAsync(seed);
        var now = sandbox.Clock.GetUtcNow();

        var rel = await sandbox.AdminMessageAsync("rel");
        var pinned = await sandbox.AdminMessageAsync("pinned");
        var absolute = await sandbox.AdminMessageAsync("absolute");

        Assert.Equal(TestSeeds.Iso(now - TimeSpan.FromHours(76)), (string?)rel["sentDateTime"]);
        Assert.Equal((string?)rel["sentDateTime"], (string?)rel["receivedDateTime"]);
        Assert.Equal("2026-02-14T15:15:00Z", (string?)pinned["sentDateTime"]); // 10:15 in New York (EST, UTC-5)
        Assert.Equal(TestSeeds.Iso(now.AddDays(-15)), (string?)pinned["receivedDateTime"]);
        Assert.Equal("2025-12-24T08:00:00Z", (string?)absolute["sentDateTime"]);
        Assert.Equal(TestSeeds.Iso(now), (string?)absolute["receivedDateTime"]);
    }

    [Theory]
    [InlineData("sent", "yesterday", "'sent'")]
    [InlineData("from", "not an address", "'from'")]
    [InlineData("folder", "junk", "'folder'")]
    [InlineData("inReplyTo", "missing-key", "'inReplyTo'")]
    public async Task Start_BadSeedField_FailsNamingFileMessageAndField(string field, string value, string expected)
    {
        var seed = TestSeeds.Mailbox(inboxMessages: 0);
        var bad = Message("broken", "-1d", received: null);
        bad[field] = value;
        seed["messages"]!.AsArray().Add(bad);
        var directory = Path.Combine(Path.GetTempPath(), "sandbox-bad-" + Guid.NewGuid().ToString("N"));
        var file = TestSeeds.Write(Path.Combine(directory, "seeds"), "pat.json", seed);

        var error = await Assert.ThrowsAsync<SandboxSeedException>(() => SandboxServer.StartAsync(
            TestSandbox.Options(directory, new FakeTimeProvider(TestSandbox.DefaultStart), Path.GetDirectoryName(file))));

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains("message 'broken'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Start_WithoutSeedDirectory_SeedsEmbeddedDemoMailbox()
    {
        var directory = Path.Combine(Path.GetTempPath(), "sandbox-demo-" + Guid.NewGuid().ToString("N"));
        var clock = new FakeTimeProvider(TestSandbox.DefaultStart);
        await using (var server = await SandboxServer.StartAsync(TestSandbox.Options(directory, clock, seedDirectory: null)))
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new("Bearer", server.AccessToken);

            var inbox = await http.GetStringAsync($"{server.BaseUrl}/me/mailFolders/inbox");
            var settings = await http.GetStringAsync($"{server.BaseUrl}/me/mailboxSettings");

            Assert.True((int)JsonNode.Parse(inbox)!["totalItemCount"]! > 10);
            Assert.Equal("Eastern Standard Time", (string?)JsonNode.Parse(settings)!["timeZone"]);
        }

        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Restart_SameDatabase_KeepsCreatedDraftsAndDoesNotReseed()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var outreach = await sandbox.AdminMessageAsync("outreach");
        var draft = await sandbox.Graph.Me.Messages[(string)outreach["id"]!].CreateReply.PostAsync(new CreateReplyPostRequestBody());
        var before = (await sandbox.AdminMessagesAsync()).Count;

        await sandbox.RestartAsync();

        var drafts = await sandbox.GetJsonAsync(sandbox.Url("me/mailFolders/drafts/messages"));
        Assert.Equal(draft!.Id, (string?)Assert.Single(drafts["value"]!.AsArray())!["id"]);
        Assert.Equal(before, (await sandbox.AdminMessagesAsync()).Count);
    }

    [Fact]
    public async Task AdminDeliver_WithConversationKey_ThreadsIntoConversationWithInReplyTo()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var outreach = await sandbox.AdminMessageAsync("outreach");
        var reply = await sandbox.AdminMessageAsync("reply");
        sandbox.Clock.Advance(TimeSpan.FromHours(1));

        var delivered = await sandbox.DeliverAsync(new JsonObject
        {
            ["from"] = $"Dr. Jane Smith <{TestSeeds.Contact}>", ["to"] = new JsonArray(TestSeeds.Owner),
            ["subject"] = "RE: Observership question", ["body"] = "One more thing.", ["sent"] = "-5m", ["conversation"] = "thread-1",
        });
        var viaId = await sandbox.DeliverAsync(new JsonObject
        {
            ["from"] = TestSeeds.Contact, ["subject"] = "Re: Observership question", ["body"] = "Also...",
            ["inReplyToId"] = (string?)outreach["id"],
        });

        var message = await sandbox.Graph.Me.Messages[(string)delivered["id"]!].GetAsync(
            rc => rc.QueryParameters.Select = ["conversationId", "internetMessageHeaders", "receivedDateTime", "parentFolderId"]);
        Assert.Equal((string?)reply["conversationId"], message!.ConversationId);
        Assert.Equal((string?)reply["internetMessageId"], message.InternetMessageHeaders!.Single(h => h.Name == "In-Reply-To").Value);
        Assert.Equal(sandbox.Clock.GetUtcNow().AddMinutes(-5), message.ReceivedDateTime);
        Assert.Equal((await sandbox.Graph.Me.MailFolders["inbox"].GetAsync())!.Id, message.ParentFolderId);
        Assert.Equal((string?)outreach["conversationId"], (string?)viaId["conversationId"]);
        var viaIdStored = (await sandbox.AdminMessagesAsync()).Single(m => (string?)m!["id"] == (string?)viaId["id"])!;
        Assert.Equal(TestSeeds.Iso(sandbox.Clock.GetUtcNow()), (string?)viaIdStored["sentDateTime"]);
    }

    [Fact]
    public async Task AdminSettings_Put_ReplacesMailboxSettings()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        const string settings = """{"timeZone":"Pacific Standard Time","automaticRepliesSetting":{"status":"alwaysEnabled"}}""";

        using var put = await sandbox.SendAsync(HttpMethod.Put, $"{sandbox.Server.AdminUrl}/mailboxes/pat/settings", settings);
        var replies = await sandbox.Graph.Me.MailboxSettings.GetAsync();

        put.EnsureSuccessStatusCode();
        Assert.Equal("Pacific Standard Time", replies!.TimeZone);
        Assert.Equal(Microsoft.Graph.Models.AutomaticRepliesStatus.AlwaysEnabled, replies.AutomaticRepliesSetting!.Status);
    }

    private static JsonObject Message(string key, string sent, string? received) => new()
    {
        ["key"] = key,
        ["from"] = "Someone <someone@example.org>",
        ["to"] = new JsonArray(TestSeeds.Owner),
        ["subject"] = key,
        ["body"] = key,
        ["sent"] = sent,
        ["received"] = received,
    };
}
