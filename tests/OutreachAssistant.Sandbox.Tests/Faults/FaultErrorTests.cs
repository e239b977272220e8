using System.Globalization;
using System.Net;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests.Faults;

public sealed class FaultErrorTests
{
    [Theory]
    [InlineData(429, null, "me/messages", "ApplicationThrottled")]
    [InlineData(429, "TooManyRequests", "me/messages", "TooManyRequests")]
    [InlineData(503, null, "me", "ServiceUnavailable")]
    [InlineData(504, null, "me", "GatewayTimeout")]
    [InlineData(403, null, "me/mailFolders", "ErrorAccessDenied")]
    [InlineData(404, null, "me/messages", "ErrorItemNotFound")]
    [InlineData(410, null, "me/mailFolders/inbox/messages/delta", "SyncStateNotFound")]
    [InlineData(401, null, "me", "InvalidAuthenticationToken")]
    public async Task Error_InjectedStatus_AnswersGraphErrorBody(int status, string? code, string path, string expectedCode)
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        await sandbox.InjectFaultAsync(code is null ? $$"""{"status":{{status}}}""" : $$"""{"status":{{status}},"code":"{{code}}"}""");

        using var response = await sandbox.SendAsync(HttpMethod.Get, sandbox.Url(path), null);

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(expectedCode, (string?)(await TestSandbox.ReadAsync(response))["error"]!["code"]);
    }

    [Fact]
    public async Task Error_401_SaysTokenExpired()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        await sandbox.InjectFaultAsync("""{"status":401}""");

        using var response = await sandbox.SendAsync(HttpMethod.Get, sandbox.Url("me"), null);

        var error = (await TestSandbox.ReadAsync(response))["error"]!;
        Assert.Equal("Access token has expired or is not yet valid.", (string?)error["message"]);
    }

    [Fact]
    public async Task Error_RetryAfterDate_SendsRfc1123DateBySandboxClock()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        await sandbox.InjectFaultAsync("""{"status":429,"retryAfter":120,"retryAfterDate":true}""");

        using var response = await sandbox.SendAsync(HttpMethod.Get, sandbox.Url("me/messages"), null);

        var header = response.Headers.GetValues("Retry-After").Single();
        var date = DateTimeOffset.ParseExact(header, "r", CultureInfo.InvariantCulture);
        Assert.Equal(sandbox.Clock.GetUtcNow().AddSeconds(120), date);
        Assert.Equal(date, response.Headers.RetryAfter!.Date);
    }

    [Theory]
    [InlineData("""{"status":429,"mailboxes":"pat"}""")]
    [InlineData("""{"count":0}""")]
    [InlineData("""{"count":"often"}""")]
    [InlineData("""{"probability":1.5}""")]
    [InlineData("""{"kind":"explode"}""")]
    [InlineData("""{"kind":"slow"}""")]
    [InlineData("""{"retryAfterDate":true}""")]
    public async Task Add_InvalidRule_Returns400(string json)
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());

        using var response = await sandbox.SendAsync(HttpMethod.Post, $"{sandbox.Server.AdminUrl}/faults", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
