using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests;

/// <summary>The demo mailbox holds the scenarios the demo and the worker rely on.</summary>
public sealed class DemoMailboxTests : IAsyncLifetime
{
    private static readonly TimeZoneInfo Eastern = TimeZoneInfo.FindSystemTimeZoneById("Eastern Standard Time");
    private readonly string directory = Path.Combine(Path.GetTempPath(), "sandbox-demo-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider clock = new(TestSandbox.DefaultStart);
    private SandboxServer? server;
    private List<JsonObject> messages = [];

    public async Task InitializeAsync()
    {
        server = await SandboxServer.StartAsync(TestSandbox.Options(directory, clock, seedDirectory: null));
        using var http = new HttpClient();
        var json = JsonNode.Parse(await http.GetStringAsync($"{server.AdminUrl}/mailboxes/amira/messages"))!;
        messages = [.. json["value"]!.AsArray().Select(m => m!.AsObject())];
    }

    public async Task DisposeAsync()
    {
        await server!.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void DemoMailbox_PastDueOutreach_IsUnansweredDaytimeMessageSixteenDaysAgo()
    {
        var outreach = Message("outreach-riverside");

        var sent = DateTimeOffset.Parse((string)outreach["sentDateTime"]!, System.Globalization.CultureInfo.InvariantCulture);
        var local = TimeZoneInfo.ConvertTime(sent, Eastern);
        Assert.Equal("sentitems", (string?)outreach["folder"]);
        Assert.InRange((clock.GetUtcNow() - sent).TotalDays, 15.5, 16.5);
        Assert.InRange(local.Hour, 9, 16);
        Assert.Single(messages, m => (string?)m["conversationId"] == (string?)outreach["conversationId"]);
    }

    [Fact]
    public void DemoMailbox_AnsweredAndAutoRepliedOutreach_ShareConversationsWithTheirReplies()
    {
        Assert.Equal((string?)Message("outreach-stmarys")["conversationId"], (string?)Message("reply-stmarys")["conversationId"]);
        var autoReply = Message("autoreply-northgate");
        var headers = autoReply["internetMessageHeaders"]!.AsArray().ToDictionary(h => (string)h!["name"]!, h => (string?)h!["value"]);
        Assert.Equal("auto-replied", headers["Auto-Submitted"]);
        Assert.Equal("All", headers["X-Auto-Response-Suppress"]);
        Assert.Equal((string?)Message("outreach-northgate")["internetMessageId"], headers["In-Reply-To"]);
        Assert.DoesNotContain("{{", (string?)autoReply["body"]!["content"], StringComparison.Ordinal);
    }

    [Fact]
    public void DemoMailbox_Folders_HaveOverTenInboxMessagesAndAPersonalSentMessage()
    {
        Assert.True(messages.Count(m => (string?)m["folder"] == "inbox") > 10);
        Assert.Contains(messages, m => m["categories"]!.AsArray().Any(c => (string?)c == "Personal"));
        Assert.Equal("sentitems", (string?)Message("reply-sara")["folder"]);
    }

    private JsonObject Message(string key) => messages.Single(m => (string?)m["seedKey"] == key);
}
