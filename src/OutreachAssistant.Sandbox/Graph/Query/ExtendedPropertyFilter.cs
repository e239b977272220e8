using System.Text.RegularExpressions;
using OutreachAssistant.Sandbox.Model;
using OutreachAssistant.Sandbox.Storage;

namespace OutreachAssistant.Sandbox.Graph.Query;

/// <summary>
/// The body of <c>singleValueExtendedProperties/any(ep: ep/id eq '...' and ep/value eq '...')</c>.
/// The id's Name part is case-sensitive; the value comparison is not (as Exchange documents).
/// The id, and a value compared with <c>eq</c>, also narrow in SQL through the extended property table.
/// </summary>
internal static partial class ExtendedPropertyFilter
{
    public static Func<StoredMessage, bool> Parse(string variable, string body, SqlNarrowing narrowing)
    {
        string? id = null;
        string? equalValue = null;
        Func<string, bool> valueMatches = _ => true;
        foreach (var part in FilterSplitter.Split(body.Trim(), "and").Select(FilterSplitter.Unwrap))
        {
            var eq = Equality().Match(part);
            var function = StringFunction().Match(part);
            if (eq.Success && eq.Groups["variable"].Value == variable && eq.Groups["property"].Value.Equals("id", StringComparison.OrdinalIgnoreCase))
            {
                id = ODataLiteral.Unquote(eq.Groups["value"].Value);
            }
            else if (eq.Success && eq.Groups["variable"].Value == variable)
            {
                var value = ODataLiteral.Unquote(eq.Groups["value"].Value);
                var negate = eq.Groups["op"].Value.Equals("ne", StringComparison.OrdinalIgnoreCase);
                valueMatches = v => v.Equals(value, StringComparison.OrdinalIgnoreCase) != negate;
                equalValue = negate ? null : value;
            }
            else if (function.Success && function.Groups["variable"].Value == variable)
            {
                var value = ODataLiteral.Unquote(function.Groups["value"].Value);
                valueMatches = function.Groups["function"].Value.Equals("contains", StringComparison.OrdinalIgnoreCase)
                    ? v => v.Contains(value, StringComparison.OrdinalIgnoreCase)
                    : v => v.StartsWith(value, StringComparison.OrdinalIgnoreCase);
                equalValue = null;
            }
            else
            {
                throw GraphException.BadRequest(
                    $"The sandbox does not support '{part}' inside singleValueExtendedProperties/any.", "ErrorInvalidUrlQueryFilter");
            }
        }

        if (id is null)
        {
            throw GraphException.BadRequest(
                "singleValueExtendedProperties/any needs an id clause, e.g. ep/id eq 'String {guid} Name X'.", "ErrorInvalidUrlQueryFilter");
        }

        var rows = $"mailbox_id = $m AND property_key = {narrowing.Parameter(ExtendedPropertyId.Key(id))}"
            + (equalValue is null ? "" : $" AND value_key = {narrowing.Parameter(MessageColumns.CaselessKey(equalValue))}");
        narrowing.Add($"id IN (SELECT message_id FROM message_extended_properties WHERE {rows})");
        return m => m.ExtendedProperties.Exists(p => ExtendedPropertyId.AreSame(p.Id, id) && valueMatches(p.Value));
    }

    [GeneratedRegex(@"^(?<variable>\w+)/(?<property>id|value)\s+(?<op>eq|ne)\s+(?<value>'.*')$", RegexOptions.IgnoreCase)]
    private static partial Regex Equality();

    [GeneratedRegex(@"^(?<function>contains|startswith)\(\s*(?<variable>\w+)/value\s*,\s*(?<value>'.*')\s*\)$", RegexOptions.IgnoreCase)]
    private static partial Regex StringFunction();
}
