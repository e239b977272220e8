using System.Net;
using Microsoft.Graph.Models;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests;

/// <summary>The follow-up flag as Graph documents it (followupFlag): a due date needs a start date.</summary>
public sealed class FollowUpFlagTests
{
    [Fact]
    public async Task Patch_DueDateWithoutStartDate_Is400ErrorInvalidArgument()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var outreach = await sandbox.AdminMessageAsync("outreach");

        using var response = await sandbox.SendAsync(HttpMethod.Patch, sandbox.Url($"me/messages/{outreach["id"]}"),
            """{"flag":{"flagStatus":"flagged","dueDateTime":{"dateTime":"2026-12-08T00:00:00","timeZone":"Eastern Standard Time"}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ErrorInvalidArgument", (string?)(await TestSandbox.ReadAsync(response))["error"]!["code"]);
    }

    [Fact]
    public async Task Patch_FlagWithStartAndDueDates_IsReadBackThroughTheSdk()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var outreach = await sandbox.AdminMessageAsync("outreach");

        using var response = await sandbox.SendAsync(HttpMethod.Patch, sandbox.Url($"me/messages/{outreach["id"]}"),
            """{"flag":{"flagStatus":"flagged","startDateTime":{"dateTime":"2026-12-01T00:00:00","timeZone":"UTC"},"dueDateTime":{"dateTime":"2026-12-08T00:00:00","timeZone":"Eastern Standard Time"}}}""");
        var read = await sandbox.Graph.Me.Messages[(string)outreach["id"]!].GetAsync(rc => rc.QueryParameters.Select = ["flag"]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FollowupFlagStatus.Flagged, read!.Flag!.FlagStatus);
        Assert.Equal("2026-12-08T00:00:00", read.Flag.DueDateTime!.DateTime);
        Assert.Equal("Eastern Standard Time", read.Flag.DueDateTime.TimeZone);
    }

    [Fact]
    public async Task Patch_UnknownFlagStatus_Is400()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var outreach = await sandbox.AdminMessageAsync("outreach");

        using var response = await sandbox.SendAsync(HttpMethod.Patch, sandbox.Url($"me/messages/{outreach["id"]}"), """{"flag":{"flagStatus":"later"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
