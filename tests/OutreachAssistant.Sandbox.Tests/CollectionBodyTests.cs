using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests;

/// <summary>
/// "Currently, this operation returns message bodies in only HTML format" (user-list-messages); the delta page
/// documents no body preference. Lists and delta answer HTML whatever Prefer says; a single GET honours it.
/// </summary>
public sealed class CollectionBodyTests
{
    private const string PreferText = "outlook.body-content-type=\"text\"";

    [Theory]
    [InlineData("me/mailFolders/inbox/messages?$select=body")]
    [InlineData("me/messages?$select=body")]
    [InlineData("me/mailFolders/inbox/messages/delta?$select=body")]
    public async Task Collection_PreferTextBody_AnswersHtmlAndAppliesNoPreference(string relative)
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());

        using var response = await sandbox.SendAsync(HttpMethod.Get, sandbox.Url(relative), null, ("Prefer", PreferText));

        response.EnsureSuccessStatusCode();
        Assert.False(response.Headers.Contains("Preference-Applied"));
        var bodies = (await TestSandbox.ReadAsync(response))["value"]!.AsArray().Select(m => (string?)m!["body"]!["contentType"]).ToList();
        Assert.NotEmpty(bodies);
        Assert.All(bodies, type => Assert.Equal("html", type));
    }

    [Fact]
    public async Task Get_PreferTextBody_AnswersText()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var outreach = await sandbox.AdminMessageAsync("outreach");

        var json = await sandbox.GetJsonAsync(sandbox.Url($"me/messages/{outreach["id"]}?$select=body"), ("Prefer", PreferText));

        Assert.Equal("text", (string?)json["body"]!["contentType"]);
    }
}
