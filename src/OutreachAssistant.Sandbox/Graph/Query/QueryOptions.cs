namespace OutreachAssistant.Sandbox.Graph.Query;

/// <summary>Rejects query options a route does not support, the way Graph answers 400.</summary>
internal static class QueryOptions
{
    public static void EnsureOnly(GraphRequest r, params string[] allowed)
    {
        foreach (var name in r.QueryNames)
        {
            var bare = name.TrimStart('$');
            if (!allowed.Contains(bare, StringComparer.OrdinalIgnoreCase))
            {
                throw GraphException.BadRequest($"The query parameter '{name}' is not supported on this request.", "ErrorInvalidUrlQuery");
            }
        }
    }

    /// <summary>Only receivedDateTime orderings; returns true for descending.</summary>
    public static bool ParseReceivedOrder(string? orderBy, bool allowAscending)
    {
        var parts = (orderBy ?? "receivedDateTime desc").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var descending = parts.Length == 2 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        var ascending = parts.Length == 1 || (parts.Length == 2 && parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase));
        if (parts.Length > 0 && parts[0].Equals("receivedDateTime", StringComparison.OrdinalIgnoreCase) && (descending || (ascending && allowAscending)))
        {
            return descending;
        }

        throw GraphException.BadRequest($"The sandbox does not support $orderby '{orderBy}'.", "ErrorInvalidUrlQuery");
    }
}
