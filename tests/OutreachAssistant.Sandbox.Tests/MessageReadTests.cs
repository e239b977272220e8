using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests;

public sealed class MessageReadTests
{
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
    public async Task List_SdkWithTwoPreferHeaders_HonoursPageSizeAndTextBodyWhenSwitchedToHonourIt()
    {
        await using var sandbox = await TestSandbox.StartAsync(DeltaUpdates.ChangedProperties, CollectionBodies.AsPreferred, TestSeeds.Mailbox());

        var page = await sandbox.Graph.Me.MailFolders["inbox"].Messages.GetAsync(rc =>
        {
            rc.Headers.Add("Prefer", "outlook.body-content-type=\"text\"");
            rc.Headers.Add("Prefer", "odata.maxpagesize=1");
        });

        Assert.Equal(BodyType.Text, Assert.Single(page!.Value!).Body!.ContentType);
        Assert.NotNull(page.OdataNextLink);
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
            rc.QueryParameters.Filter = $"receivedDateTime ge 2000-01-01T00:00:00Z and conversationId eq '{reply["conversationId"]}' and isDraft eq false";
            rc.QueryParameters.Orderby = ["receivedDateTime asc"];
        });

        Assert.Equal(["Observership question", "RE: Observership question"], thread!.Value!.Select(m => m.Subject));
    }

    [Fact]
    public async Task List_OrderByNotLeadingFilter_Returns400InefficientFilter()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());

        var error = await Assert.ThrowsAsync<ODataError>(() => sandbox.Graph.Me.Messages.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = "isDraft eq false";
            rc.QueryParameters.Orderby = ["receivedDateTime desc"];
        }));

        Assert.Equal("InefficientFilter", error.Error!.Code);
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
