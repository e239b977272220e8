using System.Net;
using System.Net.Http.Headers;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests;

public sealed class ErrorTests
{
    [Theory]
    [InlineData(null, "Access token is empty.")]
    [InlineData("wrong-token", "Access token validation failure. Invalid audience.")]
    public async Task Get_MissingOrWrongToken_Returns401InvalidAuthenticationToken(string? token, string message)
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        using var request = new HttpRequestMessage(HttpMethod.Get, sandbox.Url("me/messages"));
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        sandbox.Http.DefaultRequestHeaders.Authorization = null;

        using var response = await sandbox.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = (await TestSandbox.ReadAsync(response))["error"]!;
        Assert.Equal("InvalidAuthenticationToken", (string?)error["code"]);
        Assert.Equal(message, (string?)error["message"]);
    }

    [Fact]
    public async Task Get_UnknownMessage_Returns404ErrorItemNotFoundEchoingClientRequestId()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());

        using var response = await sandbox.SendAsync(
            HttpMethod.Get, sandbox.Url("me/messages/AAMkADnope"), null, ("client-request-id", "abc-123"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var error = (await TestSandbox.ReadAsync(response))["error"]!;
        Assert.Equal("ErrorItemNotFound", (string?)error["code"]);
        Assert.Equal("abc-123", (string?)error["innerError"]!["client-request-id"]);
        Assert.NotNull((string?)error["innerError"]!["request-id"]);
        Assert.NotNull((string?)error["innerError"]!["date"]);
    }

    [Theory]
    [InlineData("me/calendar")]
    [InlineData("me/mailFolders/inbox/rules")]
    [InlineData("../elsewhere")]
    public async Task Get_UnknownRoute_ReturnsGraphErrorBody(string path)
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());

        using var response = await sandbox.SendAsync(HttpMethod.Get, sandbox.Url(path), null);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound);
        Assert.NotNull((string?)(await TestSandbox.ReadAsync(response))["error"]!["code"]);
    }

    [Fact]
    public async Task Users_AddressOrIdAnyCaseWithAnyValidToken_ResolvesMailbox()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox(), TestSeeds.SecondMailbox());

        var byAddress = await sandbox.GetJsonAsync(sandbox.Url("users/SAM.ORTIZ@contoso.example/mailboxSettings"));
        var me = await sandbox.GetJsonAsync(sandbox.Url("me/messages?$select=subject"), ("Authorization", "Bearer sam-token"));
        using var unknown = await sandbox.SendAsync(HttpMethod.Get, sandbox.Url("users/nobody/messages"), null);

        Assert.Contains("users('sam')", (string?)byAddress["@odata.context"], StringComparison.Ordinal);
        Assert.Equal(TestSeeds.Owner, (await sandbox.Graph.Me.GetAsync())!.Mail);
        Assert.Equal("Sam Ortiz", (await sandbox.Graph.Users["sam"].GetAsync())!.DisplayName);
        Assert.Empty(me["value"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
