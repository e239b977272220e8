using System.Net;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests;

/// <summary>
/// An Outlook id "changes when the item is moved from one container ... to another. To change this behavior, use
/// the Prefer: IdType="ImmutableId" header" (outlook-immutable-id).
/// </summary>
public sealed class ImmutableIdTests
{
    private const string Immutable = "IdType=\"ImmutableId\"";

    [Fact]
    public async Task Move_WithoutPreference_NewIdAndOldIdUnknown()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var original = (string)(await sandbox.AdminMessageAsync("inbox-1"))["id"]!;

        using var move = await sandbox.SendAsync(HttpMethod.Post, sandbox.Url($"me/messages/{original}/move"), """{"destinationId":"archive"}""");
        var moved = (string?)(await TestSandbox.ReadAsync(move))["id"];
        using var old = await sandbox.SendAsync(HttpMethod.Get, sandbox.Url($"me/messages/{original}"), null);

        Assert.NotEqual(original, moved);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
    }

    [Fact]
    public async Task Move_WithImmutableIdPreference_SameIdBeforeAndAfterAndInEveryFolderDelta()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox());
        var original = (string)(await sandbox.AdminMessageAsync("inbox-1"))["id"]!;
        var inboxLink = await DeltaLinkAsync(sandbox, "inbox");
        var archiveLink = await DeltaLinkAsync(sandbox, "archive");

        using var move = await sandbox.SendAsync(
            HttpMethod.Post, sandbox.Url($"me/messages/{original}/move"), """{"destinationId":"archive"}""", ("Prefer", Immutable));
        var moved = (string?)(await TestSandbox.ReadAsync(move))["id"];
        var again = await sandbox.GetJsonAsync(sandbox.Url($"me/messages/{original}"), ("Prefer", Immutable));
        var removed = Assert.Single((await sandbox.GetJsonAsync(inboxLink, ("Prefer", Immutable)))["value"]!.AsArray())!;
        var arrived = Assert.Single((await sandbox.GetJsonAsync(archiveLink, ("Prefer", Immutable)))["value"]!.AsArray())!;

        Assert.Equal(original, moved);
        Assert.Equal(original, (string?)again["id"]);
        Assert.Equal(original, (string?)removed["id"]);
        Assert.NotNull(removed["@removed"]);
        Assert.Equal(original, (string?)arrived["id"]);
        Assert.Equal("Inbox message 1", (string?)arrived["subject"]);
    }

    private static async Task<string> DeltaLinkAsync(TestSandbox sandbox, string folder)
    {
        var url = sandbox.Url($"me/mailFolders/{folder}/messages/delta");
        while (true)
        {
            var page = await sandbox.GetJsonAsync(url, ("Prefer", Immutable));
            if (page["@odata.deltaLink"] is { } link)
            {
                return (string)link!;
            }

            url = (string)page["@odata.nextLink"]!;
        }
    }
}
