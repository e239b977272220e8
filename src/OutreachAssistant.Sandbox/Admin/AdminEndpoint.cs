using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using OutreachAssistant.Sandbox.Faults;
using OutreachAssistant.Sandbox.Graph;
using OutreachAssistant.Sandbox.Model;
using OutreachAssistant.Sandbox.Seeding;
using OutreachAssistant.Sandbox.Storage;

namespace OutreachAssistant.Sandbox.Admin;

/// <summary>
/// Test and demo controls under <c>/admin</c> (no bearer token): deliver a message, expire delta tokens,
/// list messages with folder and extended properties, replace mailboxSettings, inject faults.
/// </summary>
internal sealed class AdminEndpoint(SandboxDatabase database, TimeProvider clock, FaultInjector faults, SandboxBehaviourSwitch behaviour)
{
    private static readonly JsonSerializerOptions SeedOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public async Task HandleAsync(HttpContext context, List<string> segments)
    {
        using var store = database.Open();
        await CommitBeforeAnswer.RunAsync(context, () => RouteAsync(context, store, segments), store.Commit);
    }

    private async Task RouteAsync(HttpContext context, StoreSession store, List<string> segments)
    {
        var method = context.Request.Method;
        switch (segments)
        {
            case [var m] when m.Is("mailboxes") && method == "GET":
                await JsonResponse.WriteAsync(context, AdminJson.Mailboxes(store.Mailboxes.List()));
                break;
            case [var m, var id, var messages] when m.Is("mailboxes") && messages.Is("messages") && method == "GET":
                await JsonResponse.WriteAsync(context, AdminJson.Messages(store, Find(store, id)));
                break;
            case [var m, var id, var messages] when m.Is("mailboxes") && messages.Is("messages") && method == "POST":
                var delivered = Deliver(store, Find(store, id), await ReadAsync(context));
                context.Response.StatusCode = StatusCodes.Status201Created;
                await JsonResponse.WriteAsync(context, delivered);
                break;
            case [var m, var id, var expire] when m.Is("mailboxes") && expire.Is("expire-delta-tokens") && method == "POST":
                var expired = store.Tokens.ExpireAll(Find(store, id).Id);
                await JsonResponse.WriteAsync(context, new JsonObject { ["expired"] = expired });
                break;
            case [var m, var id, var settings] when m.Is("mailboxes") && settings.Is("settings") && method is "PUT" or "GET":
                await JsonResponse.WriteAsync(context, await Settings(context, store, Find(store, id)));
                break;
            case [var f] when f.Is("faults") && method == "POST":
                faults.Add(JsonNode.Parse(await ReadAsync(context)) as JsonObject
                    ?? throw GraphException.BadRequest("A fault must be a JSON object."));
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            case [var f] when f.Is("faults") && method == "GET":
                await JsonResponse.WriteAsync(context, faults.Describe());
                break;
            case [var f, var s] when f.Is("faults") && s.Is("stats") && method == "GET":
                await JsonResponse.WriteAsync(context, faults.Stats());
                break;
            case [var b] when b.Is("behaviour") && method is "PUT" or "GET":
                if (method == "PUT")
                {
                    behaviour.Current = SandboxBehaviourJson.Read(await ReadAsync(context));
                }

                await JsonResponse.WriteAsync(context, SandboxBehaviourJson.Write(behaviour.Current));
                break;
            case [var f] when f.Is("faults") && method == "DELETE":
                faults.Clear();
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            default:
                throw new GraphException(404, "NotFound", $"No admin route {method} /admin/{string.Join('/', segments)}.");
        }
    }

    private JsonObject Deliver(StoreSession store, Mailbox mailbox, string json)
    {
        var seed = JsonSerializer.Deserialize<SeedMessage>(json, SeedOptions)
            ?? throw GraphException.BadRequest("The request body must be a seed-format message.");
        var settings = store.Mailboxes.Settings(mailbox.Id);
        var scope = new SeedScope("admin", mailbox, clock.GetUtcNow(), Graph.Replies.MailboxTimeZone.Of(settings), store.Mailboxes.Folders(mailbox.Id));
        scope.Known.AddRange(store.Messages.List(mailbox.Id));
        var message = SeedMessageBuilder.Build(seed, scope, WellKnownFolders.Inbox, defaultSent: "now");
        store.Messages.Save(mailbox.Id, message, clock.GetUtcNow());
        return new JsonObject
        {
            ["id"] = message.Id,
            ["conversationId"] = message.ConversationId,
            ["internetMessageId"] = message.InternetMessageId,
        };
    }

    private static async Task<JsonObject> Settings(HttpContext context, StoreSession store, Mailbox mailbox)
    {
        if (context.Request.Method == "PUT")
        {
            var settings = JsonNode.Parse(await ReadAsync(context)) as JsonObject
                ?? throw GraphException.BadRequest("mailboxSettings must be a JSON object.");
            store.Mailboxes.SaveSettings(mailbox.Id, settings);
        }

        return store.Mailboxes.Settings(mailbox.Id);
    }

    private static Mailbox Find(StoreSession store, string id) =>
        store.Mailboxes.Find(id) ?? throw new GraphException(404, "ErrorInvalidUser", $"No sandbox mailbox '{id}'.");

    private static async Task<string> ReadAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        return await reader.ReadToEndAsync(context.RequestAborted);
    }
}
