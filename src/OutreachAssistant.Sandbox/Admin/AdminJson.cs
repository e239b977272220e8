using System.Text.Json.Nodes;
using OutreachAssistant.Sandbox.Graph;
using OutreachAssistant.Sandbox.Graph.Query;
using OutreachAssistant.Sandbox.Model;
using OutreachAssistant.Sandbox.Storage;

namespace OutreachAssistant.Sandbox.Admin;

/// <summary>Admin views: every property, the folder's well-known name and all extended properties.</summary>
internal static class AdminJson
{
    private static readonly MessageView Everything = new(
        new HashSet<string>(MessageProperties.All, StringComparer.OrdinalIgnoreCase), "text", null);

    public static JsonObject Mailboxes(IReadOnlyList<Mailbox> mailboxes) => new()
    {
        ["value"] = new JsonArray([.. mailboxes.Select(m => (JsonNode)new JsonObject
        {
            ["id"] = m.Id,
            ["address"] = m.Address,
            ["displayName"] = m.DisplayName,
            ["isDefault"] = m.Ordinal == mailboxes[0].Ordinal,
        })]),
    };

    public static JsonObject Messages(StoreSession store, Mailbox mailbox)
    {
        var folders = store.Mailboxes.Folders(mailbox.Id).ToDictionary(f => f.Id, f => f.WellKnownName);
        var messages = store.Messages.List(mailbox.Id)
            .OrderBy(m => m.ReceivedDateTime)
            .Select(m =>
            {
                var json = MessageJsonWriter.Write(m, Everything);
                json["folder"] = folders.GetValueOrDefault(m.FolderId, "");
                json["seedKey"] = m.SeedKey;
                json["immutableId"] = m.ImmutableId ?? m.Id;
                json["singleValueExtendedProperties"] = new JsonArray(
                    [.. m.ExtendedProperties.Select(p => (JsonNode)new JsonObject { ["id"] = p.Id, ["value"] = p.Value })]);
                return (JsonNode)json;
            });
        return new JsonObject { ["value"] = new JsonArray([.. messages]) };
    }
}
