using System.Text.Json;
using System.Text.Json.Nodes;
using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Graph.Writes;

/// <summary>Reads Graph-shaped values out of request JSON, answering 400 on a wrong shape.</summary>
internal static class JsonReader
{
    public static string String(JsonNode? node, string property) =>
        node is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : throw Invalid(property, "a string");

    public static double Number(JsonNode? node, string property) =>
        node is JsonValue value && value.TryGetValue<double>(out var number) ? number : throw Invalid(property, "a number");

    public static bool Boolean(JsonNode? node, string property) =>
        node is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : throw Invalid(property, "a boolean");

    public static MessageBody Body(JsonNode? node, string property)
    {
        if (node is not JsonObject body)
        {
            throw Invalid(property, "an itemBody object");
        }

        var type = body["contentType"] is { } t ? String(t, property + ".contentType") : "text";
        if (!type.Equals("text", StringComparison.OrdinalIgnoreCase) && !type.Equals("html", StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid(property + ".contentType", "'text' or 'html'");
        }

        return new MessageBody(type.ToLowerInvariant(), body["content"] is { } c ? String(c, property + ".content") : "");
    }

    public static EmailAddress? Recipient(JsonNode? node, string property)
    {
        if (node is null)
        {
            return null;
        }

        var email = (node as JsonObject)?["emailAddress"] as JsonObject ?? throw Invalid(property, "a recipient {emailAddress:{...}}");
        var address = email["address"] is { } a ? String(a, property + ".address") : "";
        if (address.Length == 0)
        {
            throw Invalid(property + ".address", "a non-empty email address");
        }

        var name = email["name"] is { } n ? String(n, property + ".name") : address;
        return new EmailAddress(name, address);
    }

    public static List<EmailAddress> Recipients(JsonNode? node, string property) =>
        node is JsonArray array
            ? [.. array.Select(item => Recipient(item, property) ?? throw Invalid(property, "recipients"))]
            : throw Invalid(property, "an array of recipients");

    public static List<string> Strings(JsonNode? node, string property) =>
        node is JsonArray array ? [.. array.Select(item => String(item, property))] : throw Invalid(property, "an array of strings");

    public static List<(string Id, string Value)> ExtendedProperties(JsonNode? node)
    {
        const string property = "singleValueExtendedProperties";
        if (node is not JsonArray array)
        {
            throw Invalid(property, "an array");
        }

        return [.. array.Select(item => item is JsonObject o
            ? (String(o["id"], property + ".id"), ValueText(o["value"], property + ".value"))
            : throw Invalid(property, "objects with id and value"))];
    }

    private static string ValueText(JsonNode? node, string property) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v => v.ToJsonString(),
        _ => throw Invalid(property, "a value"),
    };

    private static GraphException Invalid(string property, string expected) =>
        GraphException.BadRequest($"Invalid value for '{property}': expected {expected}.", "RequestBodyRead");
}
