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
        var criteria = MessageFilter.Parse(r.Query("filter"), id => r.Store.Mailboxes.FindFolder(r.Mailbox.Id, id)?.Id);
        var descending = QueryOptions.ParseReceivedOrder(r.Query("orderby"), allowAscending: true);
        if (r.Query("orderby") is not null && r.Query("filter") is { } filterText
            && !filterText.TrimStart().StartsWith("receivedDateTime", StringComparison.OrdinalIgnoreCase))
        {
            // Graph requires the $orderby properties to come first in $filter.
            throw GraphException.BadRequest("The restriction or sort order is too complex for this operation.", "InefficientFilter");
        }

        var top = QueryNumbers.Parse(r.Query("top"), "top", 1, 1000) ?? r.Prefer.MaxPageSize ?? DefaultPageSize;
        var skip = QueryNumbers.Parse(r.Query("skip"), "skip", 0, int.MaxValue) ?? 0;

        // SQL orders and narrows (and skips, where it alone decides the filter); only the page and one more are read.
        var window = Matching(r, folder, criteria, descending, skip).Take(int.CreateSaturating(top + 1L)).ToList();
        var page = window.Take(top).Select(m => (JsonNode)MessageJsonWriter.Write(m, view));

        var select = view.Select is { Count: > 0 } selected ? $"({string.Join(',', selected)})" : "";
        var json = new JsonObject { ["@odata.context"] = r.ContextUrl($"messages{select}") };
        if (string.Equals(r.Query("count"), "true", StringComparison.OrdinalIgnoreCase))
        {
            json["@odata.count"] = criteria.IsExact
                ? r.Store.Messages.Count(r.Mailbox.Id, folder?.Id, criteria.Narrowing)
                : Matching(r, folder, criteria, descending, 0).LongCount();
        }

        json["value"] = new JsonArray([.. page]);
        if (window.Count > top)
        {
            json["@odata.nextLink"] = NextLink(r, skip + top);
        }

        return r.WriteAsync(200, json, bodyPreferenceApplied: r.Behaviour.CollectionBodies == CollectionBodies.AsPreferred);
    }

    /// <summary>The matching messages in order from the <paramref name="skip"/>-th on, read as enumerated.</summary>
    private static IEnumerable<StoredMessage> Matching(GraphRequest r, MailFolder? folder, MessageCriteria criteria, bool descending, int skip) =>
        criteria.IsExact
            ? r.Store.Messages.ByReceived(r.Mailbox.Id, folder?.Id, criteria.Narrowing, descending, skip)
            : r.Store.Messages.ByReceived(r.Mailbox.Id, folder?.Id, criteria.Narrowing, descending, 0).Where(criteria.Matches).Skip(skip);

    private static string NextLink(GraphRequest r, int skip)
    {
        var pairs = r.Http.Request.Query
            .Where(q => !q.Key.TrimStart('$').Equals("skip", StringComparison.OrdinalIgnoreCase))
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}")
            .Append("%24skip=" + skip.ToString(CultureInfo.InvariantCulture));
        return $"{r.BaseUrl}{r.Http.Request.Path.Value?[5..]}?{string.Join('&', pairs)}";
    }
}
