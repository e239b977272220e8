using System.Text.RegularExpressions;
using OutreachAssistant.Sandbox.Model;
using OutreachAssistant.Sandbox.Storage;

namespace OutreachAssistant.Sandbox.Graph.Query;

/// <summary>
/// The <c>$filter</c> subset the sandbox understands: <c>and</c>-joined equality and date comparisons,
/// and <c>singleValueExtendedProperties/any(...)</c>. Anything else is a 400 naming the clause.
/// </summary>
internal static partial class MessageFilter
{
    public static MessageCriteria Parse(string? filter, Func<string, string?> resolveFolderId)
    {
        var narrowing = new SqlNarrowing();
        if (string.IsNullOrWhiteSpace(filter))
        {
            return new MessageCriteria(_ => true, narrowing, IsExact: true);
        }

        var clauses = FilterSplitter.Split(filter.Trim(), "and")
            .Select(c => Clause(FilterSplitter.Unwrap(c), resolveFolderId, narrowing))
            .ToList();
        return new MessageCriteria(
            message => clauses.TrueForAll(c => c.Matches(message)), narrowing, clauses.TrueForAll(c => c.Exact));
    }

    /// <summary>
    /// The test for one clause; the clauses the client filters on (and received times, which page delta) also
    /// narrow in SQL. Exact is true where the SQL condition alone decides.
    /// </summary>
    private static (Func<StoredMessage, bool> Matches, bool Exact) Clause(
        string clause, Func<string, string?> resolveFolderId, SqlNarrowing narrowing)
    {
        if (StringEquals().Match(clause) is { Success: true } text)
        {
            var value = ODataLiteral.Unquote(text.Groups["value"].Value);
            switch (text.Groups["property"].Value.ToUpperInvariant())
            {
                case "CONVERSATIONID":
                    narrowing.Add($"conversation_id = {narrowing.Parameter(value)}");
                    return (m => m.ConversationId == value, true);
                case "INTERNETMESSAGEID":
                    return (m => m.InternetMessageId == value, false);
                case "SUBJECT":
                    return (m => m.Subject.Equals(value, StringComparison.OrdinalIgnoreCase), false);
                case "FROM/EMAILADDRESS/ADDRESS":
                    // Upper-casing only approximates ignore-case equality, so the test in code stays the judge.
                    narrowing.Add($"from_address = {narrowing.Parameter(MessageColumns.CaselessKey(value))}");
                    return (m => m.From?.IsSameAddress(value) == true, false);
                case "SENDER/EMAILADDRESS/ADDRESS":
                    return (m => m.Sender?.IsSameAddress(value) == true, false);
                default:
                    // An unknown folder matches nothing, in SQL (= NULL) as in code.
                    var folderId = resolveFolderId(value);
                    narrowing.Add($"folder_id = {narrowing.Parameter(folderId)}");
                    return (m => m.FolderId == folderId, true);
            }
        }

        if (BooleanEquals().Match(clause) is { Success: true } flag)
        {
            var expected = flag.Groups["value"].Value.Equals("true", StringComparison.OrdinalIgnoreCase);
            return (flag.Groups["property"].Value.ToUpperInvariant() switch
            {
                "ISDRAFT" => m => m.IsDraft == expected,
                "ISREAD" => m => m.IsRead == expected,
                _ => m => m.HasAttachments == expected,
            }, false);
        }

        if (DateComparison().Match(clause) is { Success: true } date)
        {
            var property = date.Groups["property"].Value;
            var op = date.Groups["op"].Value;
            var value = ODataLiteral.ParseDateTime(date.Groups["value"].Value);
            var received = property.Equals("receivedDateTime", StringComparison.OrdinalIgnoreCase);
            if (received)
            {
                // DateTimeOffset compares by UTC ticks, so the column decides exactly.
                narrowing.Add($"received_ticks {SqlOperator(op)} {narrowing.Parameter(value.UtcTicks)}");
            }

            return (DateFilter(property, op, value), received);
        }

        if (ExtendedPropertyAny().Match(clause) is { Success: true } any)
        {
            return (ExtendedPropertyFilter.Parse(any.Groups["variable"].Value, any.Groups["body"].Value, narrowing), false);
        }

        if (CategoryAny().Match(clause) is { Success: true } category)
        {
            var value = ODataLiteral.Unquote(category.Groups["value"].Value);
            return (m => m.Categories.Contains(value, StringComparer.OrdinalIgnoreCase), false);
        }

        throw GraphException.BadRequest($"The sandbox does not support the $filter clause '{clause}'.", "ErrorInvalidUrlQueryFilter");
    }

    public static Func<StoredMessage, bool> DateFilter(string property, string op, DateTimeOffset value)
    {
        Func<StoredMessage, DateTimeOffset> get = property.ToUpperInvariant() switch
        {
            "SENTDATETIME" => m => m.SentDateTime,
            "LASTMODIFIEDDATETIME" => m => m.LastModifiedDateTime,
            "CREATEDDATETIME" => m => m.CreatedDateTime,
            _ => m => m.ReceivedDateTime,
        };
        return op.ToUpperInvariant() switch
        {
            "GE" => m => get(m) >= value,
            "GT" => m => get(m) > value,
            "LE" => m => get(m) <= value,
            "LT" => m => get(m) < value,
            _ => m => get(m) == value,
        };
    }

    private static string SqlOperator(string op) => op.ToUpperInvariant() switch
    {
        "GE" => ">=",
        "GT" => ">",
        "LE" => "<=",
        "LT" => "<",
        _ => "=",
    };

    [GeneratedRegex(@"^(?<property>conversationId|internetMessageId|subject|parentFolderId|from/emailAddress/address|sender/emailAddress/address)\s+eq\s+(?<value>'.*')$", RegexOptions.IgnoreCase)]
    private static partial Regex StringEquals();

    [GeneratedRegex(@"^(?<property>isDraft|isRead|hasAttachments)\s+eq\s+(?<value>true|false)$", RegexOptions.IgnoreCase)]
    private static partial Regex BooleanEquals();

    [GeneratedRegex(@"^(?<property>receivedDateTime|sentDateTime|lastModifiedDateTime|createdDateTime)\s+(?<op>ge|gt|le|lt|eq)\s+(?<value>\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateComparison();

    [GeneratedRegex(@"^singleValueExtendedProperties/any\(\s*(?<variable>\w+)\s*:\s*(?<body>.*)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex ExtendedPropertyAny();

    [GeneratedRegex(@"^categories/any\(\s*(?<variable>\w+)\s*:\s*\k<variable>\s+eq\s+(?<value>'.*')\s*\)$", RegexOptions.IgnoreCase)]
    private static partial Regex CategoryAny();
}
