using System.Text.RegularExpressions;

namespace OutreachAssistant.Sandbox.Graph.Query;

/// <summary>Parses <c>$expand=singleValueExtendedProperties($filter=id eq '...' [or id eq '...'])</c>.</summary>
internal static partial class ExpandParser
{
    public static IReadOnlyList<string>? Parse(string? expand)
    {
        if (expand is null)
        {
            return null;
        }

        var match = ExpandPattern().Match(expand.Trim());
        if (!match.Success)
        {
            throw GraphException.BadRequest(
                $"Unsupported $expand '{expand}'. The sandbox supports singleValueExtendedProperties($filter=id eq '...').");
        }

        var ids = IdClause().Matches(match.Groups["filter"].Value)
            .Select(m => ODataLiteral.Unquote(m.Groups["value"].Value))
            .ToList();
        return ids.Count > 0
            ? ids
            : throw GraphException.BadRequest("$expand of singleValueExtendedProperties needs $filter=id eq '...'.");
    }

    [GeneratedRegex(@"^singleValueExtendedProperties\(\s*\$filter\s*=\s*(?<filter>.*)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex ExpandPattern();

    [GeneratedRegex(@"\bid\s+eq\s+(?<value>'(?:[^']|'')*')", RegexOptions.IgnoreCase)]
    private static partial Regex IdClause();
}
