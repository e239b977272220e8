using OutreachAssistant.Sandbox.Graph.Query;
using OutreachAssistant.Sandbox.Graph.Writes;
using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Graph.Handlers;

/// <summary>GET, PATCH and DELETE of one message.</summary>
internal static class MessageItemHandler
{
    public static Task GetAsync(GraphRequest r, StoredMessage message)
    {
        QueryOptions.EnsureOnly(r, "select", "expand");
        return WriteEntityAsync(r, 200, message, MessageView.From(r));
    }

    public static async Task PatchAsync(GraphRequest r, StoredMessage message)
    {
        var body = await r.ReadBodyAsync() ?? [];
        if (!r.Behaviour.KeepsExtendedProperties)
        {
            ExtendedPropertyWrites.Strip(body);
        }

        MessageUpdater.Apply(message, body, creating: false);
        r.Store.Messages.Save(r.Mailbox.Id, message, r.Now);
        await WriteEntityAsync(r, 200, message, MessageView.From(r));
    }

    /// <summary>Like Outlook's soft delete: into Deleted Items under a new id, or gone if already there.</summary>
    public static Task DeleteAsync(GraphRequest r, StoredMessage message)
    {
        var deleted = r.Folder(WellKnownFolders.DeletedItems);
        r.Store.Messages.Remove(r.Mailbox.Id, message);
        if (message.FolderId != deleted.Id)
        {
            var moved = message.Clone();
            moved.ImmutableId = message.ImmutableId ?? message.Id;
            moved.Id = SandboxIds.NewMessageId();
            moved.FolderId = deleted.Id;
            r.Store.Messages.Save(r.Mailbox.Id, moved, r.Now);
        }

        r.NoContent();
        return Task.CompletedTask;
    }

    public static Task WriteEntityAsync(GraphRequest r, int status, StoredMessage message, MessageView view)
    {
        var json = MessageJsonWriter.Write(message, view);
        json.Insert(0, "@odata.context", r.ContextUrl("messages/$entity"));
        return r.WriteAsync(status, json);
    }
}
