using OutreachAssistant.Sandbox.Graph.Query;
using OutreachAssistant.Sandbox.Graph.Writes;
using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Graph.Handlers;

/// <summary><c>move</c> and <c>copy</c>: 201 with the message under a new id in the destination folder.</summary>
internal static class MoveHandler
{
    public static async Task MoveAsync(GraphRequest r, StoredMessage message, bool keepOriginal)
    {
        var body = await r.ReadBodyAsync();
        var destinationId = body?["destinationId"] is { } node
            ? JsonReader.String(node, "destinationId")
            : throw GraphException.BadRequest("The destinationId parameter is required.", "ErrorInvalidRequest");
        var destination = r.Store.Mailboxes.FindFolder(r.Mailbox.Id, destinationId)
            ?? throw GraphException.BadRequest($"The destination folder '{destinationId}' was not found.", "ErrorInvalidIdMalformed");

        if (!keepOriginal)
        {
            r.Store.Messages.Remove(r.Mailbox.Id, message);
        }

        var moved = message.Clone();
        moved.ImmutableId = message.ImmutableId ?? message.Id;
        moved.Id = SandboxIds.NewMessageId();
        moved.FolderId = destination.Id;
        if (keepOriginal)
        {
            // A copy is a new item: it gets an immutable id of its own. A moved message keeps its immutable id.
            moved.CreatedDateTime = r.Now;
            moved.ImmutableId = null;
        }

        r.Store.Messages.Save(r.Mailbox.Id, moved, r.Now);
        await MessageItemHandler.WriteEntityAsync(r, 201, moved, MessageView.From(r));
    }
}
