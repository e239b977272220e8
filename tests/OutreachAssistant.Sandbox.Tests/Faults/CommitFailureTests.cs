using System.Net;
using System.Text.Json.Nodes;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests.Faults;

/// <summary>A write is answered only after its commit: a commit that fails is an error answer, and nothing is kept.</summary>
public sealed class CommitFailureTests
{
    [Fact]
    public async Task CreateReply_CommitFails_Answers500AndNoDraftIsKept()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var original = await sandbox.AdminMessageAsync("reply");
        var before = (await sandbox.AdminMessagesAsync()).Count;
        await sandbox.InjectFaultAsync("""{"kind":"commitFailure","method":"POST","path":"/createReply"}""");

        using var response = await sandbox.SendAsync(HttpMethod.Post, sandbox.Url($"me/messages/{original["id"]}/createReply"), "{}");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("generalException", (string?)(await TestSandbox.ReadAsync(response))["error"]!["code"]);
        var after = await sandbox.AdminMessagesAsync();
        Assert.Equal(before, after.Count);
        Assert.DoesNotContain(after, m => (bool?)m!["isDraft"] == true);
    }

    [Fact]
    public async Task Patch_CommitFails_Answers500AndTheChangeIsNotKept()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var original = await sandbox.AdminMessageAsync("reply");
        await sandbox.InjectFaultAsync("""{"kind":"commitFailure","method":"PATCH"}""");

        using var response = await sandbox.SendAsync(HttpMethod.Patch, sandbox.Url($"me/messages/{original["id"]}"), """{"categories":["Kept?"]}""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var stored = await sandbox.AdminMessageAsync("reply");
        Assert.DoesNotContain("Kept?", ((JsonArray)stored["categories"]!).Select(c => (string?)c));
    }

    [Fact]
    public async Task Patch_CommitSucceeds_AnswersTheChangedMessage()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var original = await sandbox.AdminMessageAsync("reply");

        using var response = await sandbox.SendAsync(HttpMethod.Patch, sandbox.Url($"me/messages/{original["id"]}"), """{"categories":["Kept"]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Kept", (string?)(await TestSandbox.ReadAsync(response))["categories"]![0]);
        Assert.Contains("Kept", ((JsonArray)(await sandbox.AdminMessageAsync("reply"))["categories"]!).Select(c => (string?)c));
    }
}
