using System.Text.Json.Nodes;
using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Graph.Handlers;

internal static class FolderHandler
{
    public static Task ListAsync(GraphRequest r)
    {
        var folders = r.Store.Mailboxes.Folders(r.Mailbox.Id).Select(f => (JsonNode)Folder(r, f));
        return r.WriteAsync(200, new JsonObject
        {
            ["@odata.context"] = r.ContextUrl("mailFolders"),
            ["value"] = new JsonArray([.. folders]),
        });
    }

    public static Task GetAsync(GraphRequest r, MailFolder folder)
    {
        var json = Folder(r, folder);
        json.Insert(0, "@odata.context", r.ContextUrl("mailFolders/$entity"));
        return r.WriteAsync(200, json);
    }

    private static JsonObject Folder(GraphRequest r, MailFolder folder)
    {
        var (total, unread) = r.Store.Messages.FolderCounts(r.Mailbox.Id, folder.Id);
        return new JsonObject
        {
            ["id"] = folder.Id,
            ["displayName"] = folder.DisplayName,
            ["parentFolderId"] = folder.ParentFolderId,
            ["childFolderCount"] = 0,
            ["unreadItemCount"] = unread,
            ["totalItemCount"] = total,
            ["isHidden"] = false,
        };
    }
}
