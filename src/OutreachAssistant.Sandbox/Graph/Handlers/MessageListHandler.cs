using System.Globalization;
using System.Text.Json.Nodes;
using OutreachAssistant.Sandbox.Graph.Query;
using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Graph.Handlers;

/// <summary><c>GET messages</c> across all folders or within one, with $filter/$orderby/$top/$skip/$select.</summary>
internal static class MessageListHandler
{
    private const int DefaultPageSize = 10;

    public static Task ListAsync(GraphRequest r, MailFolder? folder)
    {
        QueryOptions.EnsureOnly(r, "select", "filter", "orderby", "top", "skip", "expand", "count");
        var view = MessageView.ForCollection(r, r.Query("select"), r.Query("expand"));
        var filter = MessageFilter.Parse(r.Query("filter"), id => r.Store.Mailboxes.FindFolder(r.Mailbox.Id, id)?.Id);
        var descending = QueryOptions.ParseReceivedOrder(r.Query("orderby"), allowAscending: true);
        if (r.Query("orderby") is not null && r.Query("filter") is { } filterText
            && !filterText.TrimStart().StartsWith("receivedDateTime", StringComparison.OrdinalIgnoreCase))
        {
            // Graph requires the $orderby properties to come first in $filter.
            throw GraphException.BadRequest("The restriction or sort order is too complex for this operation.", "InefficientFilter");
        }

        var top = QueryNumbers.Parse(r.Query("top"), "top", 1, 1000) ?? r.Prefer.MaxPageSize ?? DefaultPageSize;
        var skip = QueryNumbers.Parse(r.Query("skip"), "skip", 0, int.MaxValue) ?? 0;

        var matching = r.Store.Messages.List(r.Mailbox.Id, folder?.Id).Where(filter);
        var ordered = (descending
            ? matching.OrderByDescending(m => m.ReceivedDateTime).ThenByDescending(m => m.Id, StringComparer.Ordinal)
            : matching.OrderBy(m => m.ReceivedDateTime).ThenBy(m => m.Id, StringComparer.Ordinal)).ToList();
        var page = ordered.Skip(skip).Take(top).Select(m => (JsonNode)MessageJsonWriter.Write(m, view));

        var select = view.Select is { Count: > 0 } selected ? $"({string.Join(',', selected)})" : "";
        var json = new JsonObject { ["@odata.context"] = r.ContextUrl($"messages{select}") };
        if (string.Equals(r.Query("count"), "true", StringComparison.OrdinalIgnoreCase))
        {
            json["@odata.count"] = ordered.Count;
        }

        json["value"] = new JsonArray([.. page]);
        if (skip + top < ordered.Count)
        {
            json["@odata.nextLink"] = NextLink(r, skip + top);
        }

        return r.WriteAsync(200, json, bodyPreferenceApplied: r.Behaviour.CollectionBodies == CollectionBodies.AsPreferred);
    }

    private static string NextLink(GraphRequest r, int skip)
    {
        var pairs = r.Http.Request.Query
            .Where(q => !q.Key.TrimStart('$').Equals("skip", StringComparison.OrdinalIgnoreCase))
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}")
            .Append("%24skip=" + skip.ToString(CultureInfo.InvariantCulture));
        return $"{r.BaseUrl}{r.Http.Request.Path.Value?[5..]}?{string.Join('&', pairs)}";
    }
}
