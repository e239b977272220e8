using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests;

/// <summary>
/// Tokens carry scopes and a request needing one the token lacks is a 403, as each API's permissions table
/// says; a personal (outlook.com) account's mailboxSettings are a 403 whatever the scopes.
/// </summary>
public sealed class AccessTests
{
    [Fact]
    public async Task Token_WithoutMailboxSettingsRead_SettingsAre403ErrorAccessDenied_MailStillServed()
    {
        await using var sandbox = await TestSandbox.StartAsync(Scoped(TestSeeds.Mailbox(), "Mail.ReadWrite", "User.Read"));

        var (status, error) = await GetAsync(sandbox, "me/mailboxSettings");
        var (messages, _) = await GetAsync(sandbox, "me/mailFolders/inbox/messages");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("ErrorAccessDenied", (string?)error["error"]!["code"]);
        Assert.Equal("Access is denied. Check credentials and try again.", (string?)error["error"]!["message"]);
        Assert.Equal(HttpStatusCode.OK, messages);
    }

    [Fact]
    public async Task Token_WithoutUserRead_MeIs403AuthorizationRequestDenied()
    {
        await using var sandbox = await TestSandbox.StartAsync(Scoped(TestSeeds.Mailbox(), "Mail.ReadWrite", "MailboxSettings.Read"));

        var (status, error) = await GetAsync(sandbox, "me");
        var (settings, _) = await GetAsync(sandbox, "me/mailboxSettings");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("Authorization_RequestDenied", (string?)error["error"]!["code"]);
        Assert.Equal(HttpStatusCode.OK, settings);
    }

    [Fact]
    public async Task Token_WithMailReadOnly_ReadsMailButCannotCreateAReplyDraft()
    {
        await using var sandbox = await TestSandbox.StartAsync(Scoped(TestSeeds.Mailbox(), "Mail.Read"));
        var original = await sandbox.AdminMessageAsync("reply");

        var (read, _) = await GetAsync(sandbox, $"me/messages/{original["id"]}");
        using var client = Client(sandbox);
        using var reply = await client.PostAsync(new Uri(sandbox.Url($"me/messages/{original["id"]}/createReply")), null);

        Assert.Equal(HttpStatusCode.OK, read);
        Assert.Equal(HttpStatusCode.Forbidden, reply.StatusCode);
    }

    [Fact]
    public async Task Token_AnotherUsersProfile_NeedsADirectoryPermissionNotUserRead()
    {
        await using var sandbox = await TestSandbox.StartAsync(Scoped(TestSeeds.Mailbox(), "User.Read", "Mail.ReadWrite"), TestSeeds.SecondMailbox());

        var (own, _) = await GetAsync(sandbox, $"users/{TestSeeds.Owner}");
        var (other, _) = await GetAsync(sandbox, "users/sam");

        Assert.Equal(HttpStatusCode.OK, own);
        Assert.Equal(HttpStatusCode.Forbidden, other);
    }

    [Theory]
    [InlineData("me/mailboxSettings")]
    [InlineData("me/mailboxSettings/timeZone")]
    [InlineData("me/mailboxSettings/automaticRepliesSetting")]
    public async Task PersonalAccount_MailboxSettingsAre403ErrorAccessDenied_EvenWithTheScope(string path)
    {
        var seed = Scoped(TestSeeds.Mailbox(), "Mail.ReadWrite", "MailboxSettings.Read", "User.Read");
        seed["account"] = "personal";
        await using var sandbox = await TestSandbox.StartAsync(seed);

        var (status, error) = await GetAsync(sandbox, path);
        var (me, _) = await GetAsync(sandbox, "me");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("ErrorAccessDenied", (string?)error["error"]!["code"]);
        Assert.Equal(HttpStatusCode.OK, me);
    }

    [Fact]
    public async Task Seed_UnknownAccountKind_IsASeedError()
    {
        var seed = TestSeeds.Mailbox();
        seed["account"] = "school";

        var error = await Assert.ThrowsAsync<SandboxSeedException>(() => TestSandbox.StartAsync(seed));

        Assert.Contains("'account'", error.Message, StringComparison.Ordinal);
    }

    private static JsonObject Scoped(JsonObject seed, params string[] scopes)
    {
        seed["scopes"] = new JsonArray([.. scopes.Select(s => (JsonNode)s)]);
        return seed;
    }

    private static HttpClient Client(TestSandbox sandbox)
    {
        var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestSeeds.OwnerToken);
        return client;
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> GetAsync(TestSandbox sandbox, string relative)
    {
        using var client = Client(sandbox);
        using var response = await client.GetAsync(new Uri(sandbox.Url(relative)));
        return (response.StatusCode, await TestSandbox.ReadAsync(response));
    }
}
