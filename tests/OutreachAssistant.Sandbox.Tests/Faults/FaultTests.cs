using System.Net;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests.Faults;

public sealed class FaultTests
{
    [Fact]
    public async Task InjectedThrottle_NextMatchingRequest_Gets429WithRetryAfterThenRecovers()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        using var inject = await sandbox.SendAsync(
            HttpMethod.Post, $"{sandbox.Server.AdminUrl}/faults", """{"status":429,"retryAfter":2,"path":"/messages"}""");
        inject.EnsureSuccessStatusCode();

        using var folders = await sandbox.SendAsync(HttpMethod.Get, sandbox.Url("me/mailFolders"), null);
        using var throttled = await sandbox.SendAsync(HttpMethod.Get, sandbox.Url("me/messages"), null);
        using var recovered = await sandbox.SendAsync(HttpMethod.Get, sandbox.Url("me/messages"), null);

        Assert.Equal(HttpStatusCode.OK, folders.StatusCode);
        Assert.Equal((HttpStatusCode)429, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), throttled.Headers.RetryAfter!.Delta);
        Assert.Equal("ApplicationThrottled", (string?)(await TestSandbox.ReadAsync(throttled))["error"]!["code"]);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Fact]
    public async Task InjectedServiceUnavailable_SdkRetryHandler_RetriesAndSucceeds()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        using var inject = await sandbox.SendAsync(
            HttpMethod.Post, $"{sandbox.Server.AdminUrl}/faults", """{"status":503,"retryAfter":0,"count":2}""");
        inject.EnsureSuccessStatusCode();
        var pending = await sandbox.GetJsonAsync($"{sandbox.Server.AdminUrl}/faults");
        Assert.Equal(2, (int)pending["value"]![0]!["remaining"]!);

        var inbox = await sandbox.Graph.Me.MailFolders["inbox"].GetAsync();

        Assert.Equal("Inbox", inbox!.DisplayName);
        Assert.Empty((await sandbox.GetJsonAsync($"{sandbox.Server.AdminUrl}/faults"))["value"]!.AsArray());
    }
}
