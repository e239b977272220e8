using System.Text.Json.Nodes;
using OutreachAssistant.Sandbox.Graph.Query;
using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Graph.Delta;

/// <summary>
/// <c>GET mailFolders/{id}/messages/delta</c>. Each page mints a fresh server-side token: a skip token while
/// entries remain, else a delta token holding the round's watermark. Unknown tokens answer 410 SyncStateNotFound.
/// </summary>
internal static class DeltaHandler
{
    private const int DefaultPageSize = 10;

    // "Applying $filter in a delta query returns only up to 5,000 messages" (delta-query-messages): a round
    // started with $filter ends with its deltaLink once it has returned that many.
    private const int FilteredRoundLimit = 5000;

    public static Task GetAsync(GraphRequest r, MailFolder folder)
    {
        var state = Resolve(r, folder);
        var view = MessageView.ForCollection(r, state.Select, state.Expand);
        var pageSize = r.Prefer.MaxPageSize ?? state.Top ?? DefaultPageSize;
        var room = state.Filter is not null && state.FromSequence is null ? FilteredRoundLimit - state.Returned : int.MaxValue;
        var take = Math.Min(pageSize, room);

        // One entry past the page tells whether another page follows.
        var entries = DeltaEntries.Next(r.Store, r.Mailbox.Id, state, int.CreateSaturating(take + 1L));
        var page = entries.Take(take).ToList();

        var json = new JsonObject { ["@odata.context"] = $"{r.BaseUrl}/$metadata#Collection(message)" };
        var link = $"{r.BaseUrl}/{r.UserSegment}/mailFolders('{folder.Id}')/messages/delta";
        if (entries.Count > take && take < room)
        {
            var last = page[^1];
            var next = state with
            {
                Kind = SyncState.SkipKind, LastSequence = last.Sequence, LastTicks = last.Ticks, LastId = last.Id,
                Returned = state.Returned + page.Count,
            };
            json["@odata.nextLink"] = $"{link}?$skiptoken={Save(r, next)}";
        }
        else
        {
            var delta = state with { Kind = SyncState.DeltaKind, LastSequence = null, LastTicks = null, LastId = null, Returned = 0 };
            json["@odata.deltaLink"] = $"{link}?$deltatoken={Save(r, delta)}";
        }

        json["value"] = new JsonArray([.. page.Select(e => (JsonNode)Item(r, e, view, state.FromSequence))]);
        return r.WriteAsync(200, json, bodyPreferenceApplied: r.Behaviour.CollectionBodies == CollectionBodies.AsPreferred);
    }

    /// <summary>
    /// A new message in full; one that was already in the folder at the last round and changed since, by its
    /// changes alone unless the sandbox is switched to full items; a removed one by its id.
    /// </summary>
    private static JsonObject Item(GraphRequest r, DeltaEntry entry, MessageView view, long? lastRound) => entry.Message switch
    {
        null => MessageJsonWriter.Removed(view.ImmutableIds ? entry.RemovedImmutableId ?? entry.Id : entry.Id),
        { ArrivedSequence: > 0 } m when lastRound is { } since && m.ArrivedSequence <= since
            && r.Behaviour.DeltaUpdates == DeltaUpdates.ChangedProperties => MessageJsonWriter.Changed(m, view, since),
        var m => MessageJsonWriter.Write(m, view, withODataType: true),
    };

    private static SyncState Resolve(GraphRequest r, MailFolder folder)
    {
        if (r.Query("skiptoken") is { } skip)
        {
            return Load(r, skip, SyncState.SkipKind, folder);
        }

        if (r.Query("deltatoken") is { } token)
        {
            var delta = Load(r, token, SyncState.DeltaKind, folder);
            return delta with
            {
                Kind = SyncState.SkipKind,
                FromSequence = delta.UpToSequence,
                UpToSequence = r.Store.Mailboxes.CurrentSequence(r.Mailbox.Id),
            };
        }

        return DeltaQuery.Initial(r, folder.Id);
    }

    private static SyncState Load(GraphRequest r, string token, string kind, MailFolder folder)
    {
        var state = SyncState.Deserialize(r.Store.Tokens.Find(token, r.Mailbox.Id));
        return state is not null && state.Kind == kind && state.FolderId == folder.Id
            ? state
            : throw GraphException.SyncStateNotFound();
    }

    private static string Save(GraphRequest r, SyncState state)
    {
        var token = SandboxIds.NewSyncToken();
        r.Store.Tokens.Save(token, r.Mailbox.Id, state.Serialize());
        return token;
    }
}
