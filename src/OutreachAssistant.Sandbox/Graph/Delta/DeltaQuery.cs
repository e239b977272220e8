using System.Text.RegularExpressions;
using OutreachAssistant.Sandbox.Graph.Query;

namespace OutreachAssistant.Sandbox.Graph.Delta;

/// <summary>Validates the options of an initial delta request (the documented subset only).</summary>
internal static partial class DeltaQuery
{
    public static SyncState Initial(GraphRequest r, string folderId)
    {
        QueryOptions.EnsureOnly(r, "select", "expand", "filter", "orderby", "top");
        var filter = r.Query("filter");
        if (filter is not null)
        {
            foreach (var clause in FilterSplitter.Split(filter.Trim(), "and").Select(FilterSplitter.Unwrap))
            {
                var match = ReceivedFilter().Match(clause);
                if (!match.Success)
                {
                    throw GraphException.BadRequest(
                        $"Delta supports only 'receivedDateTime ge|gt <date>' in $filter, not '{clause}'.", "ErrorInvalidUrlQueryFilter");
                }

                ODataLiteral.ParseDateTime(match.Groups["value"].Value);
            }
        }

        if (r.Query("orderby") is { } orderBy)
        {
            QueryOptions.ParseReceivedOrder(orderBy, allowAscending: false);
        }

        MessageProperties.ParseSelect(r.Query("select"));
        ExpandParser.Parse(r.Query("expand"));
        var top = QueryNumbers.Parse(r.Query("top"), "top", 1, 1000);
        var upTo = r.Store.Mailboxes.CurrentSequence(r.Mailbox.Id);
        return new SyncState(SyncState.SkipKind, folderId, r.Query("select"), r.Query("expand"), filter, top, null, upTo);
    }

    [GeneratedRegex(@"^receivedDateTime\s+(ge|gt)\s+(?<value>\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReceivedFilter();
}
