using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests;

/// <summary>
/// internetMessageHeaders is "Returned only on applying a $select query option" (message resource), and "internet
/// headers just do not exist on the copy in Sent Items" (Microsoft, microsoft-graph-docs#2716).
/// </summary>
public sealed class SentItemsHeadersTests
{
    [Fact]
    public async Task Get_SelectHeadersOfSentAndReceivedMessage_OnlyTheReceivedOneHasThem()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var sent = await sandbox.AdminMessageAsync("outreach");
        var received = await sandbox.AdminMessageAsync("reply");

        var sentJson = await sandbox.GetJsonAsync(sandbox.Url($"me/messages/{sent["id"]}?$select=internetMessageHeaders,subject"));
        var receivedJson = await sandbox.GetJsonAsync(sandbox.Url($"me/messages/{received["id"]}?$select=internetMessageHeaders,subject"));

        Assert.False(sentJson.ContainsKey("internetMessageHeaders"));
        Assert.NotEmpty(receivedJson["internetMessageHeaders"]!.AsArray());
    }
}
