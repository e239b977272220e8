using System.Text.Json.Nodes;
using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Graph.Writes;

/// <summary>
/// Applies the writable properties of a Graph message JSON (PATCH, POST, createReply's <c>message</c>).
/// body/subject/replyTo/internetMessageId change only on drafts; read-only properties are ignored like Graph does.
/// </summary>
internal static class MessageUpdater
{
    private static readonly string[] DraftOnly = ["body", "subject", "replyTo", "internetMessageId"];

    private static readonly string[] ReadOnly =
    [
        "id", "createdDateTime", "lastModifiedDateTime", "changeKey", "receivedDateTime", "sentDateTime", "hasAttachments",
        "bodyPreview", "parentFolderId", "conversationId", "conversationIndex", "isDraft", "webLink", "uniqueBody",
    ];

    public static void Apply(StoredMessage m, JsonObject json, bool creating)
    {
        foreach (var (name, value) in json)
        {
            if (!m.IsDraft && !creating && DraftOnly.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw GraphException.BadRequest(
                    $"The property '{name}' can be updated only on a draft; this message has been sent.",
                    "ErrorInvalidPropertyUpdateSentMessage");
            }

            if (name.StartsWith('@') || ReadOnly.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            ApplyOne(m, name, value, creating);
        }
    }

    private static void ApplyOne(StoredMessage m, string name, JsonNode? value, bool creating)
    {
        switch (name.ToUpperInvariant())
        {
            case "SUBJECT": m.Subject = value is null ? "" : JsonReader.String(value, name); break;
            case "BODY": m.Body = JsonReader.Body(value, name); m.UniqueBody = null; break;
            case "REPLYTO": m.ReplyTo = JsonReader.Recipients(value, name); break;
            case "INTERNETMESSAGEID": m.InternetMessageId = JsonReader.String(value, name); break;
            case "TORECIPIENTS": m.ToRecipients = JsonReader.Recipients(value, name); break;
            case "CCRECIPIENTS": m.CcRecipients = JsonReader.Recipients(value, name); break;
            case "BCCRECIPIENTS": m.BccRecipients = JsonReader.Recipients(value, name); break;
            case "FROM": m.From = JsonReader.Recipient(value, name); break;
            case "SENDER": m.Sender = JsonReader.Recipient(value, name); break;
            case "CATEGORIES": m.Categories = JsonReader.Strings(value, name); break;
            case "IMPORTANCE": m.Importance = JsonReader.String(value, name).ToLowerInvariant(); break;
            case "INFERENCECLASSIFICATION": m.InferenceClassification = JsonReader.String(value, name).ToLowerInvariant(); break;
            case "ISREAD": m.IsRead = JsonReader.Boolean(value, name); break;
            case "ISREADRECEIPTREQUESTED": m.IsReadReceiptRequested = JsonReader.Boolean(value, name); break;
            case "ISDELIVERYRECEIPTREQUESTED": m.IsDeliveryReceiptRequested = value is null ? null : JsonReader.Boolean(value, name); break;
            case "FLAG": m.Flag = FollowUpFlagWrite.Apply(m.Flag, value); break;
            case "SINGLEVALUEEXTENDEDPROPERTIES":
                foreach (var (id, text) in JsonReader.ExtendedProperties(value))
                {
                    m.SetExtendedProperty(id, text);
                }

                break;
            case "INTERNETMESSAGEHEADERS" when creating: m.Headers.AddRange(CustomHeaders(value)); break;
            default:
                throw GraphException.BadRequest(
                    $"The property '{name}' does not exist on type 'microsoft.graph.message' or is not writable in the sandbox.",
                    "RequestBodyRead");
        }
    }

    private static IEnumerable<InternetHeader> CustomHeaders(JsonNode? value)
    {
        foreach (var item in value as JsonArray ?? throw GraphException.BadRequest("internetMessageHeaders must be an array."))
        {
            var name = JsonReader.String(item?["name"], "internetMessageHeaders.name");
            if (!name.StartsWith("x-", StringComparison.OrdinalIgnoreCase))
            {
                throw GraphException.BadRequest(
                    $"The internet message header name '{name}' should start with 'x-' or 'X-'.", "InvalidInternetMessageHeader");
            }

            yield return new InternetHeader(name, JsonReader.String(item?["value"], "internetMessageHeaders.value"));
        }
    }
}
