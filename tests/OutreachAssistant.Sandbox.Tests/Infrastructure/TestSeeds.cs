using System.Globalization;
using System.Text.Json.Nodes;

namespace OutreachAssistant.Sandbox.Tests.Infrastructure;

/// <summary>Seed files for tests: a mailbox "pat" with a known set of messages.</summary>
public static class TestSeeds
{
    public const string Owner = "pat.lee@contoso.example";
    public const string OwnerToken = "pat-token";
    public const string Contact = "jsmith@hospital.example.org";

    public static JsonObject Mailbox(int inboxMessages = 3) => new()
    {
        ["id"] = "pat",
        ["address"] = Owner,
        ["displayName"] = "Pat Lee",
        ["accessToken"] = OwnerToken,
        ["timeZone"] = "Eastern Standard Time",
        ["messages"] = new JsonArray([.. Thread(), .. Inbox(inboxMessages)]),
    };

    public static JsonObject SecondMailbox() => new()
    {
        ["id"] = "sam",
        ["address"] = "sam.ortiz@contoso.example",
        ["displayName"] = "Sam Ortiz",
        ["accessToken"] = "sam-token",
        ["messages"] = new JsonArray(),
    };

    /// <summary>An outreach Pat sent (key "outreach") and the contact's reply (key "reply"), one conversation.</summary>
    private static IEnumerable<JsonNode> Thread()
    {
        yield return new JsonObject
        {
            ["key"] = "outreach", ["folder"] = "sentitems", ["from"] = $"Pat Lee <{Owner}>",
            ["to"] = new JsonArray($"Dr. Jane Smith <{Contact}>"), ["cc"] = new JsonArray("Ann Cole <ann@hospital.example.org>"),
            ["subject"] = "Observership question", ["body"] = "Dear Dr. Smith,\nDo you host observers?\nPat",
            ["sent"] = "-16d@10:15", ["conversation"] = "thread-1",
        };
        yield return new JsonObject
        {
            ["key"] = "reply", ["folder"] = "inbox", ["from"] = $"Dr. Jane Smith <{Contact}>",
            ["to"] = new JsonArray($"Pat Lee <{Owner}>", "Bo Chen <bo@hospital.example.org>"),
            ["subject"] = "RE: Observership question", ["body"] = "<html><body><p>Hello <b>Pat</b>,</p><p>Yes we do.</p></body></html>",
            ["bodyType"] = "html", ["sent"] = "-9d", ["conversation"] = "thread-1", ["inReplyTo"] = "outreach",
        };
    }

    private static IEnumerable<JsonNode> Inbox(int count) =>
        Enumerable.Range(1, count).Select(i => (JsonNode)new JsonObject
        {
            ["key"] = $"inbox-{i}", ["from"] = $"sender{i}@news.example.com", ["to"] = new JsonArray(Owner),
            ["subject"] = $"Inbox message {i}", ["body"] = $"Body {i}",
            ["sent"] = $"-{i}h{i}m",
            ["headers"] = new JsonObject { ["Precedence"] = "bulk" },
        });

    public static string Write(string directory, string name, JsonObject seed)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, seed.ToJsonString());
        return path;
    }

    public static string Iso(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
