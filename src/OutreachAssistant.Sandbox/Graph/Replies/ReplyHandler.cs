using System.Text.Json.Nodes;
using OutreachAssistant.Sandbox.Graph.Handlers;
using OutreachAssistant.Sandbox.Graph.Query;
using OutreachAssistant.Sandbox.Graph.Writes;
using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Graph.Replies;

/// <summary>
/// <c>createReply</c>/<c>createReplyAll</c>: 201 with a new draft. The body may be empty, <c>{}</c>,
/// <c>{"comment":..}</c>, <c>{"message":{..}}</c> or both (any key case); a comment with a message body is a 400.
/// </summary>
internal static class ReplyHandler
{
    public static async Task CreateAsync(GraphRequest r, StoredMessage original, bool replyAll)
    {
        var request = await r.ReadBodyAsync();
        var comment = request?["comment"];
        var message = request?["message"];

        // The docs: either a comment or the message's body; a comment with other message properties is fine.
        if (comment is not null && message is JsonObject withBody && withBody.Any(p => p.Key.Equals("body", StringComparison.OrdinalIgnoreCase)))
        {
            throw GraphException.BadRequest(
                "Specify either 'comment' or 'message.body' for createReply, not both.", "ErrorInvalidRequest");
        }

        var draft = ReplyBuilder.Create(original, r.Mailbox, r.Folder(WellKnownFolders.Drafts).Id, replyAll, r.Behaviour.ReplyToOwnMessage, r.Now);

        // message-createreply: "If the header is not specified, by default UTC timezone is followed."
        var quote = ReplyQuote.Of(original, r.Prefer.TimeZone ?? TimeZoneInfo.Utc);
        var lead = new MessageBody(original.Body.ContentType, comment is null ? "" : JsonReader.String(comment, "comment"));

        if (message is not null)
        {
            var properties = message as JsonObject ?? throw GraphException.BadRequest("'message' must be an object.", "RequestBodyRead");
            if (properties["body"] is { } body)
            {
                lead = JsonReader.Body(body, "message.body");
            }

            var rest = (JsonObject)properties.DeepClone();
            rest.Remove(rest.FirstOrDefault(p => p.Key.Equals("body", StringComparison.OrdinalIgnoreCase)).Key ?? "body");
            if (!r.Behaviour.CreateReplyKeepsExtendedProperties || !r.Behaviour.KeepsExtendedProperties)
            {
                ExtendedPropertyWrites.Strip(rest);
            }

            MessageUpdater.Apply(draft, rest, creating: true);
        }

        draft.Body = quote.Below(lead);
        draft.UniqueBody = lead;
        r.Store.Messages.Save(r.Mailbox.Id, draft, r.Now);
        await MessageItemHandler.WriteEntityAsync(r, 201, draft, MessageView.From(r));
    }
}
