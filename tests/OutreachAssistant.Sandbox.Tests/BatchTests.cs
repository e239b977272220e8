using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests;

public sealed class BatchTests
{
    [Fact]
    public async Task Batch_MixedRequests_ReturnsEachStatusAnd424ForFailedDependency()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var reply = await sandbox.AdminMessageAsync("reply");
        var batch = new JsonObject
        {
            ["requests"] = new JsonArray(
                new JsonObject { ["id"] = "1", ["method"] = "GET", ["url"] = "/me/mailFolders/inbox" },
                new JsonObject
                {
                    ["id"] = "2", ["method"] = "POST", ["url"] = $"/me/messages/{reply["id"]}/createReply",
                    ["headers"] = new JsonObject { ["Content-Type"] = "application/json" }, ["body"] = new JsonObject(),
                },
                new JsonObject { ["id"] = "3", ["method"] = "GET", ["url"] = "/me/messages/AAMkADnope" },
                new JsonObject { ["id"] = "4", ["method"] = "GET", ["url"] = "/me/messages?$top=1", ["dependsOn"] = new JsonArray("3") }),
        };

        using var response = await sandbox.SendAsync(HttpMethod.Post, sandbox.Url("$batch"), batch.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var statuses = (await TestSandbox.ReadAsync(response))["responses"]!.AsArray()
            .ToDictionary(r => (string)r!["id"]!, r => (int)r!["status"]!);
        Assert.Equal(new Dictionary<string, int> { ["1"] = 200, ["2"] = 201, ["3"] = 404, ["4"] = 424 }, statuses);
    }

    [Fact]
    public async Task Batch_SdkBatchRequestContent_ReturnsTypedResponses()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var batch = new BatchRequestContentCollection(sandbox.Graph);
        var inboxStep = await batch.AddBatchRequestStepAsync(sandbox.Graph.Me.MailFolders["inbox"].ToGetRequestInformation());
        var settingsStep = await batch.AddBatchRequestStepAsync(sandbox.Graph.Me.MailboxSettings.ToGetRequestInformation());

        var response = await sandbox.Graph.Batch.PostAsync(batch);

        Assert.Equal("Inbox", (await response.GetResponseByIdAsync<MailFolder>(inboxStep)).DisplayName);
        Assert.Equal("Eastern Standard Time", (await response.GetResponseByIdAsync<MailboxSettings>(settingsStep)).TimeZone);
    }
}
