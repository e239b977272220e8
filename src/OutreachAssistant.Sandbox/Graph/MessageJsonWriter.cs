using System.Text.Json.Nodes;
using OutreachAssistant.Sandbox.Graph.Query;
using OutreachAssistant.Sandbox.Model;
using OutreachAssistant.Sandbox.Text;

namespace OutreachAssistant.Sandbox.Graph;

/// <summary>Renders a stored message in Graph's wire shape (camelCase, UTC times with Z).</summary>
internal static class MessageJsonWriter
{
    public static JsonObject Write(StoredMessage m, MessageView view, bool withODataType = false)
    {
        var json = new JsonObject();
        if (withODataType)
        {
            json["@odata.type"] = "#microsoft.graph.message";
        }

        json["@odata.etag"] = $"W/\"{m.ChangeKey}\"";
        json["id"] = view.IdOf(m);
        foreach (var property in MessageProperties.All.Where(view.Includes).Where(p => Has(m, p, view)))
        {
            json[property] = Value(m, property, view);
        }

        if (view.ExpandedPropertyIds is { } ids)
        {
            var expanded = m.ExtendedProperties
                .Where(p => ids.Any(id => ExtendedPropertyId.AreSame(p.Id, id)))
                .Select(p => (JsonNode)new JsonObject { ["id"] = p.Id, ["value"] = p.Value });
            json["singleValueExtendedProperties"] = new JsonArray([.. expanded]);
        }

        return json;
    }

    /// <summary>
    /// A message changed since <paramref name="since"/>, as delta shows updated instances: "their id with at least
    /// the properties that have been updated" (delta-query-overview), here exactly those.
    /// </summary>
    public static JsonObject Changed(StoredMessage m, MessageView view, long since)
    {
        var json = new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.message",
            ["@odata.etag"] = $"W/\"{m.ChangeKey}\"",
            ["id"] = view.IdOf(m),
        };
        foreach (var property in MessageProperties.All.Where(view.Includes).Where(p => Has(m, p, view) && m.ChangedAfter(p, since)))
        {
            json[property] = Value(m, property, view);
        }

        return json;
    }

    public static JsonObject Removed(string id) => new()
    {
        ["@odata.type"] = "#microsoft.graph.message",
        ["id"] = id,
        ["@removed"] = new JsonObject { ["reason"] = "deleted" },
    };

    // Internet headers "just do not exist on the copy in Sent Items" (Microsoft, microsoft-graph-docs#2716).
    private static bool Has(StoredMessage m, string property, MessageView view) =>
        property != "internetMessageHeaders" || m.FolderId != view.SentItemsFolderId;

    private static JsonNode? Value(StoredMessage m, string property, MessageView view) => property switch
    {
        "createdDateTime" => ODataLiteral.Format(m.CreatedDateTime),
        "lastModifiedDateTime" => ODataLiteral.Format(m.LastModifiedDateTime),
        "changeKey" => m.ChangeKey,
        "categories" => new JsonArray([.. m.Categories.Select(c => (JsonNode)c)]),
        "receivedDateTime" => ODataLiteral.Format(m.ReceivedDateTime),
        "sentDateTime" => ODataLiteral.Format(m.SentDateTime),
        "hasAttachments" => m.HasAttachments,
        "internetMessageId" => m.InternetMessageId,
        "subject" => m.Subject,
        "bodyPreview" => BodyPreview.Of(m.Body),
        "importance" => m.Importance,
        "parentFolderId" => m.FolderId,
        "conversationId" => m.ConversationId,
        "conversationIndex" => m.ConversationIndex,
        "isDeliveryReceiptRequested" => m.IsDeliveryReceiptRequested,
        "isReadReceiptRequested" => m.IsReadReceiptRequested,
        "isRead" => m.IsRead,
        "isDraft" => m.IsDraft,
        "webLink" => $"https://outlook.office365.com/owa/?ItemID={Uri.EscapeDataString(m.Id)}&exvsurl=1&viewmodel=ReadMessageItem",
        "inferenceClassification" => m.InferenceClassification,
        "body" => Body(m.Body, view.BodyContentType),
        "uniqueBody" => Body(m.UniqueBody ?? m.Body, view.BodyContentType),
        "sender" => Recipient(m.Sender),
        "from" => Recipient(m.From),
        "toRecipients" => Recipients(m.ToRecipients),
        "ccRecipients" => Recipients(m.CcRecipients),
        "bccRecipients" => Recipients(m.BccRecipients),
        "replyTo" => Recipients(m.ReplyTo),
        "flag" => m.Flag.DeepClone(),
        "internetMessageHeaders" => new JsonArray(
            [.. m.Headers.Select(h => (JsonNode)new JsonObject { ["name"] = h.Name, ["value"] = h.Value })]),
        _ => null,
    };

    private static JsonObject Body(MessageBody body, string contentType)
    {
        var converted = BodyConverter.To(body, contentType);
        return new JsonObject { ["contentType"] = converted.ContentType, ["content"] = converted.Content };
    }

    public static JsonObject? Recipient(EmailAddress? address) => address is null
        ? null
        : new JsonObject
        {
            ["emailAddress"] = new JsonObject { ["name"] = address.Name, ["address"] = address.Address },
        };

    private static JsonArray Recipients(List<EmailAddress> addresses) =>
        new([.. addresses.Select(a => (JsonNode?)Recipient(a))]);
}
