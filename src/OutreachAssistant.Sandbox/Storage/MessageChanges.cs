using System.Text.Json;
using System.Text.Json.Nodes;
using OutreachAssistant.Sandbox.Graph.Query;
using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Storage;

/// <summary>Which Graph properties differ between two stored versions of a message.</summary>
internal static class MessageChanges
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IEnumerable<string> Between(StoredMessage before, StoredMessage after)
    {
        var old = JsonSerializer.SerializeToNode(before, Options)!.AsObject();
        var now = JsonSerializer.SerializeToNode(after, Options)!.AsObject();
        return MessageProperties.All.Where(p => !JsonNode.DeepEquals(old[StoredName(p)], now[StoredName(p)]));
    }

    // The stored shape names a few properties differently from Graph's wire shape.
    private static string StoredName(string graphProperty) => graphProperty switch
    {
        "parentFolderId" => "folderId",
        "internetMessageHeaders" => "headers",
        "bodyPreview" => "body",
        "webLink" => "id",
        _ => graphProperty,
    };
}
