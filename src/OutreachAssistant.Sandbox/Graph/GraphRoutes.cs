using OutreachAssistant.Sandbox.Graph.Handlers;
using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Graph;

/// <summary>Maps the normalized path below <c>me</c> or <c>users/{id}</c> to a handler.</summary>
internal static class GraphRoutes
{
    public static Task DispatchAsync(GraphRequest r, List<string> s) => s switch
    {
        [] => Get(r, () => UserHandler.GetAsync(r)),
        [var a] when a.Is("mailboxSettings") => Get(r, () => MailboxSettingsHandler.GetAsync(r, null)),
        [var a, var b] when a.Is("mailboxSettings") => Get(r, () => MailboxSettingsHandler.GetAsync(r, b)),
        [var a] when a.Is("mailFolders") => Get(r, () => FolderHandler.ListAsync(r)),
        [var a, var f] when a.Is("mailFolders") => Get(r, () => FolderHandler.GetAsync(r, r.Folder(f))),
        [var a, var f, var b, .. var rest] when a.Is("mailFolders") && b.Is("messages") => Messages(r, r.Folder(f), rest),
        [var a, .. var rest] when a.Is("messages") => Messages(r, null, rest),
        _ => throw NotFound(s.Count > 0 ? s[0] : ""),
    };

    private static Task Messages(GraphRequest r, MailFolder? folder, List<string> s) => s switch
    {
        [] when r.Method == "POST" => CreateMessageHandler.CreateAsync(r, folder),
        [] => Get(r, () => MessageListHandler.ListAsync(r, folder)),
        [var d] when d.Is("delta") => Get(r, () => folder is null
            ? throw GraphException.BadRequest("Unsupported request: Change tracking is not supported against 'microsoft.graph.message'.")
            : Delta.DeltaHandler.GetAsync(r, folder)),
        [var id] => r.Method switch
        {
            "GET" => MessageItemHandler.GetAsync(r, r.Message(id)),
            "PATCH" => MessageItemHandler.PatchAsync(r, r.Message(id)),
            "DELETE" => MessageItemHandler.DeleteAsync(r, r.Message(id)),
            _ => throw MethodNotAllowed(r),
        },
        [var id, var action] => r.Method == "POST" ? Action(r, r.Message(id), action) : throw MethodNotAllowed(r),
        _ => throw NotFound(s[^1]),
    };

    private static Task Action(GraphRequest r, StoredMessage message, string action) => action.ToUpperInvariant() switch
    {
        "CREATEREPLY" => Replies.ReplyHandler.CreateAsync(r, message, replyAll: false),
        "CREATEREPLYALL" => Replies.ReplyHandler.CreateAsync(r, message, replyAll: true),
        "MOVE" => MoveHandler.MoveAsync(r, message, keepOriginal: false),
        "COPY" => MoveHandler.MoveAsync(r, message, keepOriginal: true),
        _ => throw NotFound(action),
    };

    private static Task Get(GraphRequest r, Func<Task> handler) => r.Method == "GET" ? handler() : throw MethodNotAllowed(r);

    private static GraphException NotFound(string segment) =>
        GraphException.BadRequest($"Resource not found for the segment '{segment}'.");

    private static GraphException MethodNotAllowed(GraphRequest r) =>
        new(405, "ErrorInvalidRequest", $"The HTTP method '{r.Method}' is not supported for this resource in the sandbox.");
}
