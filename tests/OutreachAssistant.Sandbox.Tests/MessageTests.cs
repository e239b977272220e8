using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Graph.Me.Messages.Item.Move;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OutreachAssistant.Sandbox.Tests.Infrastructure;
using Xunit;

namespace OutreachAssistant.Sandbox.Tests;

public sealed class MessageTests
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

    [Fact]
    public async Task Get_PreferTextBody_ConvertsHtmlAndSetsPreferenceApplied()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var reply = await sandbox.AdminMessageAsync("reply");

        using var response = await sandbox.SendAsync(
            HttpMethod.Get, sandbox.Url($"me/messages/{reply["id"]}?$select=body,uniqueBody"), null, ("Prefer", "outlook.body-content-type=\"text\""));

        var json = await TestSandbox.ReadAsync(response);
        Assert.Equal("outlook.body-content-type=\"text\"", response.Headers.GetValues("Preference-Applied").Single());
        Assert.Equal("text", (string?)json["body"]!["contentType"]);
        Assert.Equal("Hello Pat,\r\nYes we do.", (string?)json["body"]!["content"]);
        Assert.Equal("text", (string?)json["uniqueBody"]!["contentType"]);
    }

    [Fact]
    public async Task Get_WithoutSelect_OmitsHeadersAndUniqueBodyButSelectReturnsThreadHeaders()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var outreach = await sandbox.AdminMessageAsync("outreach");
        var reply = await sandbox.AdminMessageAsync("reply");

        var plain = await sandbox.GetJsonAsync(sandbox.Url($"me/messages/{reply["id"]}"));
        var selected = await sandbox.Graph.Me.Messages[(string)reply["id"]!].GetAsync(
            rc => rc.QueryParameters.Select = ["internetMessageHeaders", "subject"]);

        Assert.False(plain.ContainsKey("internetMessageHeaders"));
        Assert.False(plain.ContainsKey("uniqueBody"));
        Assert.Equal("html", (string?)plain["body"]!["contentType"]);
        var inReplyTo = selected!.InternetMessageHeaders!.Single(h => h.Name == "In-Reply-To").Value;
        Assert.Equal((string?)outreach["internetMessageId"], inReplyTo);
        Assert.Null(selected.Body);
    }

    [Fact]
    public async Task List_FilterByConversationOrderedAscending_ReturnsThreadAcrossFolders()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var reply = await sandbox.AdminMessageAsync("reply");

        var thread = await sandbox.Graph.Me.Messages.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = $"conversationId eq '{reply["conversationId"]}' and isDraft eq false";
            rc.QueryParameters.Orderby = ["receivedDateTime asc"];
        });

        Assert.Equal(["Observership question", "RE: Observership question"], thread!.Value!.Select(m => m.Subject));
    }

    [Fact]
    public async Task List_FromAndReceivedFilters_MatchCaseInsensitiveAddress()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var since = TestSeeds.Iso(sandbox.Clock.GetUtcNow().AddDays(-10));

        var found = await sandbox.Graph.Me.MailFolders["inbox"].Messages.GetAsync(rc => rc.QueryParameters.Filter =
            $"from/emailAddress/address eq 'JSMITH@hospital.example.org' and receivedDateTime ge {since}");

        Assert.Equal("RE: Observership question", Assert.Single(found!.Value!).Subject);
    }

    [Fact]
    public async Task List_TopThree_PagesWithNextLink()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox(inboxMessages: 5));

        var first = await sandbox.GetJsonAsync(sandbox.Url("me/mailFolders/inbox/messages?$top=3&$select=subject"));
        var second = await sandbox.GetJsonAsync((string)first["@odata.nextLink"]!);

        Assert.Equal(3, first["value"]!.AsArray().Count);
        Assert.Equal(3, second["value"]!.AsArray().Count);
        Assert.Null(second["@odata.nextLink"]);
        Assert.Equal("Inbox message 1", (string?)first["value"]![0]!["subject"]);
    }

    [Fact]
    public async Task List_UnsupportedFilter_Returns400NamingTheClause()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());

        var error = await Assert.ThrowsAsync<ODataError>(() => sandbox.Graph.Me.Messages.GetAsync(
            rc => rc.QueryParameters.Filter = "isDraft eq false and contains(subject,'x')"));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Contains("contains(subject,'x')", error.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MailFolders_WellKnownNamesAnyCase_ReturnSameFolderWithCounts()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox(inboxMessages: 2));

        var byName = await sandbox.GetJsonAsync(sandbox.Url("me/MailFolders/INBOX"));
        var byKey = await sandbox.GetJsonAsync(sandbox.Url($"me/mailfolders('{byName["id"]}')"));
        var all = await sandbox.Graph.Me.MailFolders.GetAsync();

        Assert.Equal((string?)byName["id"], (string?)byKey["id"]);
        Assert.Equal(3, (int)byName["totalItemCount"]!);
        Assert.Equal(3, (int)byName["unreadItemCount"]!);
        Assert.StartsWith("AQMk", (string?)byName["id"], StringComparison.Ordinal);
        Assert.Equal(["Inbox", "Sent Items", "Drafts", "Deleted Items", "Archive"], all!.Value!.Select(f => f.DisplayName));
    }

    [Fact]
    public async Task MailboxSettings_Get_ReturnsTimeZoneWorkingHoursAndAutomaticReplies()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());

        var settings = await sandbox.Graph.Me.MailboxSettings.GetAsync();
        var replies = await sandbox.GetJsonAsync(sandbox.Url("me/mailboxSettings/automaticRepliesSetting"));

        Assert.Equal("Eastern Standard Time", settings!.TimeZone);
        Assert.Equal(AutomaticRepliesStatus.Disabled, settings.AutomaticRepliesSetting!.Status);
        Assert.Equal(5, settings.WorkingHours!.DaysOfWeek!.Count);
        Assert.Equal(9, settings.WorkingHours.StartTime!.Value.Hour);
        Assert.Equal("disabled", (string?)replies["status"]);
    }
}
