using System.Globalization;
using System.Text.Json.Nodes;
using OutreachAssistant.Sandbox.Tests.Infrastructure;

namespace OutreachAssistant.Sandbox.Tests;

/// <summary>Delta pages read a page at a time in SQL: stable under changes, and capped where Graph caps them.</summary>
public sealed class DeltaPagingTests
{
    [Fact]
    public async Task Delta_MessagesArriveAndGoBetweenPages_InitialRoundReturnsEachMessageOnceInOrder()
    {
        // Four messages received at the same moment, so page boundaries fall between equal times.
        var seed = TestSeeds.Mailbox(inboxMessages: 5);
        foreach (var i in Enumerable.Range(1, 4))
        {
            seed["messages"]!.AsArray().Add(new JsonObject
            {
                ["key"] = $"same-time-{i}", ["from"] = "news@news.example.com", ["to"] = new JsonArray(TestSeeds.Owner),
                ["subject"] = $"Same time {i}", ["body"] = "b", ["sent"] = "-2h",
            });
        }

        await using var sandbox = await TestSandbox.StartAsync(seed);
        var expected = (await sandbox.AdminMessagesAsync())
            .Where(m => (string?)m!["folder"] == "inbox")
            .OrderByDescending(m => DateTimeOffset.Parse((string)m!["receivedDateTime"]!, CultureInfo.InvariantCulture))
            .ThenByDescending(m => (string)m!["id"]!, StringComparer.Ordinal)
            .Select(m => (string)m!["id"]!)
            .ToList();
        var first = await PageAsync(sandbox, sandbox.Url("me/mailFolders/inbox/messages/delta"));
        var returnedEarly = (string)first["value"]![0]!["id"]!;
        var notYetReturned = expected[^1];

        sandbox.Clock.Advance(TimeSpan.FromMinutes(1));
        var delivered = (string)(await sandbox.DeliverAsync(new JsonObject
        {
            ["from"] = "late@news.example.com", ["to"] = new JsonArray(TestSeeds.Owner), ["subject"] = "Late", ["body"] = "b",
        }))["id"]!;
        await DeleteAsync(sandbox, returnedEarly);
        await DeleteAsync(sandbox, notYetReturned);

        var ids = Ids(first);
        var page = first;
        while (page["@odata.nextLink"] is { } next)
        {
            page = await PageAsync(sandbox, (string)next!);
            ids.AddRange(Ids(page));
        }

        Assert.Equal(expected.Where(id => id != notYetReturned), ids);
        var round2 = await PageAsync(sandbox, (string)page["@odata.deltaLink"]!);
        Assert.Equal(
            new[] { delivered, returnedEarly, notYetReturned }.Order(StringComparer.Ordinal),
            Ids(round2).Order(StringComparer.Ordinal));
        Assert.Equal(2, round2["value"]!.AsArray().Count(v => v!["@removed"] is not null));
    }

    [Fact]
    public async Task Delta_WithReceivedFilter_RoundEndsAfter5000MessagesButWithoutFilterReturnsAll()
    {
        await using var sandbox = await TestSandbox.StartAsync(TestSeeds.Mailbox(inboxMessages: 5010));
        var since = TestSeeds.Iso(sandbox.Clock.GetUtcNow().AddYears(-1));

        var (filtered, filteredPages, deltaLink) = await RoundAsync(
            sandbox, sandbox.Url($"me/mailFolders/inbox/messages/delta?$select=subject&$filter=receivedDateTime ge {since}"));
        var (all, _, _) = await RoundAsync(sandbox, sandbox.Url("me/mailFolders/inbox/messages/delta?$select=subject"));

        // 999 does not divide 5,000: the sixth page is cut to the 5 that reach the cap.
        Assert.Equal(5000, filtered.Distinct().Count());
        Assert.Equal([999, 999, 999, 999, 999, 5], filteredPages);
        Assert.Equal(5011, all.Count);
        Assert.Equal(all.Take(5000), filtered);
        sandbox.Clock.Advance(TimeSpan.FromMinutes(1));
        var delivered = (string)(await sandbox.DeliverAsync(new JsonObject
        {
            ["from"] = "late@news.example.com", ["to"] = new JsonArray(TestSeeds.Owner), ["subject"] = "Late", ["body"] = "b",
        }))["id"]!;
        Assert.Equal([delivered], Ids(await PageAsync(sandbox, deltaLink)));
    }

    private static async Task<(List<string> Ids, List<int> PageSizes, string DeltaLink)> RoundAsync(TestSandbox sandbox, string url)
    {
        var ids = new List<string>();
        var sizes = new List<int>();
        while (true)
        {
            var page = await PageAsync(sandbox, url, pageSize: 999);
            ids.AddRange(Ids(page));
            sizes.Add(page["value"]!.AsArray().Count);
            if (page["@odata.deltaLink"] is { } deltaLink)
            {
                return (ids, sizes, (string)deltaLink!);
            }

            url = (string)page["@odata.nextLink"]!;
        }
    }

    private static Task<JsonObject> PageAsync(TestSandbox sandbox, string url, int pageSize = 3) =>
        sandbox.GetJsonAsync(url, ("Prefer", $"odata.maxpagesize={pageSize}"));

    private static List<string> Ids(JsonObject page) => [.. page["value"]!.AsArray().Select(v => (string)v!["id"]!)];

    private static async Task DeleteAsync(TestSandbox sandbox, string id)
    {
        using var response = await sandbox.SendAsync(HttpMethod.Delete, sandbox.Url($"me/messages/{id}"), null);
        response.EnsureSuccessStatusCode();
    }
}
