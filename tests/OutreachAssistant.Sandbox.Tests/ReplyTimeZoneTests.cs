using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests;

/// <summary>
/// message-createreply: <c>Prefer: outlook.timezone</c> "Sets the timezone in the email thread ... If the
/// header is not specified, by default UTC timezone is followed."
/// </summary>
public sealed class ReplyTimeZoneTests
{
    [Fact]
    public async Task CreateReply_WithoutPreferTimeZone_QuotesTheOriginalsTimeInUtc()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var original = await sandbox.AdminMessageAsync("outreach");

        var draft = await CreateReplyAsync(sandbox, (string)original["id"]!);

        // Sent 16 days before 2 March 2026 at 10:15 in New York (EST): 15:15 UTC.
        Assert.Contains("Sent: Saturday, February 14, 2026 3:15 PM", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateReply_WithPreferTimeZone_QuotesTheOriginalsTimeInThatZone()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var original = await sandbox.AdminMessageAsync("outreach");

        var draft = await CreateReplyAsync(sandbox, (string)original["id"]!, ("Prefer", "outlook.timezone=\"Eastern Standard Time\""));

        Assert.Contains("Sent: Saturday, February 14, 2026 10:15 AM", draft, StringComparison.Ordinal);
    }

    private static async Task<string> CreateReplyAsync(TestSandbox sandbox, string id, params (string Name, string Value)[] headers)
    {
        using var response = await sandbox.SendAsync(
            HttpMethod.Post, sandbox.Url($"me/messages/{id}/createReply"), "{}",
            [.. headers, ("Prefer", "outlook.body-content-type=\"text\"")]);
        response.EnsureSuccessStatusCode();
        return (string)(await TestSandbox.ReadAsync(response))["body"]!["content"]!;
    }
}
