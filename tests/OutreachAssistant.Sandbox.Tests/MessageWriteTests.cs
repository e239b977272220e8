using System.Net;
using Microsoft.Graph.Me.Messages.Item.Move;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests;

public sealed class MessageWriteTests
{
    private const string MarkerId = "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name Marker";

    [Fact]
    public async Task Move_ToArchiveByWellKnownName_Returns201WithNewIdInArchive()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var original = await sandbox.AdminMessageAsync("inbox-1");
        var archive = await sandbox.Graph.Me.MailFolders["archive"].GetAsync();

        using var response = await sandbox.SendAsync(
            HttpMethod.Post, sandbox.Url($"me/messages/{original["id"]}/move"), """{"DestinationId":"Archive"}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var moved = await TestSandbox.ReadAsync(response);
        Assert.NotEqual((string?)original["id"], (string?)moved["id"]);
        Assert.Equal(archive!.Id, (string?)moved["parentFolderId"]);
        Assert.False((bool)moved["isDraft"]!);
        var error = await Assert.ThrowsAsync<ODataError>(() => sandbox.Graph.Me.Messages[(string)original["id"]!].GetAsync());
        Assert.Equal(404, error.ResponseStatusCode);
    }

    [Fact]
    public async Task Move_DraftToInbox_KeepsIsDraft()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var draft = await sandbox.Graph.Me.Messages.PostAsync(new Message { Subject = "draft" });

        var moved = await sandbox.Graph.Me.Messages[draft!.Id].Move.PostAsync(new MovePostRequestBody { DestinationId = "inbox" });

        Assert.True(moved!.IsDraft);
        Assert.Equal((await sandbox.Graph.Me.MailFolders["inbox"].GetAsync())!.Id, moved.ParentFolderId);
    }

    [Fact]
    public async Task Delete_InboxMessage_MovesItToDeletedItems()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var original = await sandbox.AdminMessageAsync("inbox-2");

        await sandbox.Graph.Me.Messages[(string)original["id"]!].DeleteAsync();

        var deleted = await sandbox.Graph.Me.MailFolders["deleteditems"].Messages.GetAsync();
        Assert.Equal("Inbox message 2", Assert.Single(deleted!.Value!).Subject);
    }

    [Fact]
    public async Task Patch_ExtendedPropertyAndCategoriesOnSentMessage_Returns200AndUpserts()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var outreach = await sandbox.AdminMessageAsync("outreach");
        var id = (string)outreach["id"]!;

        await sandbox.Graph.Me.Messages[id].PatchAsync(new Message { SingleValueExtendedProperties = [new() { Id = MarkerId, Value = "one" }] });
        var patched = await sandbox.Graph.Me.Messages[id].PatchAsync(new Message
        {
            Categories = ["Outreach"],
            SingleValueExtendedProperties = [new() { Id = MarkerId, Value = "two" }],
        });

        Assert.Equal(["Outreach"], patched!.Categories);
        Assert.NotEqual((string?)outreach["changeKey"], patched.ChangeKey);
        var stored = await sandbox.AdminMessageAsync("outreach");
        Assert.Equal("two", (string?)Assert.Single(stored["singleValueExtendedProperties"]!.AsArray())!["value"]);
    }

    [Fact]
    public async Task Patch_SubjectOfSentMessage_Returns400()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var outreach = await sandbox.AdminMessageAsync("outreach");

        var error = await Assert.ThrowsAsync<ODataError>(
            () => sandbox.Graph.Me.Messages[(string)outreach["id"]!].PatchAsync(new Message { Subject = "changed" }));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal("ErrorInvalidPropertyUpdateSentMessage", error.Error!.Code);
    }

    [Fact]
    public async Task Create_InInboxWithMessageFlags_CreatesNonDraftWithGivenTimes()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var received = new DateTimeOffset(2026, 2, 1, 14, 30, 0, TimeSpan.Zero);

        var created = await sandbox.Graph.Me.MailFolders["inbox"].Messages.PostAsync(new Message
        {
            Subject = "Imported",
            From = new Recipient { EmailAddress = new EmailAddress { Address = "someone@example.org" } },
            SingleValueExtendedProperties =
            [
                new() { Id = "Integer 0x0E07", Value = "1" },
                new() { Id = "SystemTime 0x0E06", Value = TestSeeds.Iso(received) },
                new() { Id = "SystemTime 0x0039", Value = TestSeeds.Iso(received.AddMinutes(-1)) },
            ],
        });

        Assert.False(created!.IsDraft);
        Assert.True(created.IsRead);
        Assert.Equal(received, created.ReceivedDateTime);
        Assert.Equal(received.AddMinutes(-1), created.SentDateTime);
    }
}
