using System.Text.RegularExpressions;
using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Graph.Query;

/// <summary>
/// The <c>$filter</c> subset the sandbox understands: <c>and</c>-joined equality and date comparisons,
/// and <c>singleValueExtendedProperties/any(...)</c>. Anything else is a 400 naming the clause.
/// </summary>
internal static partial class MessageFilter
{
    public static Func<StoredMessage, bool> Parse(string? filter, Func<string, string?> resolveFolderId)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return _ => true;
        }

        var clauses = FilterSplitter.Split(filter.Trim(), "and")
            .Select(c => Clause(FilterSplitter.Unwrap(c), resolveFolderId))
            .ToList();
        return message => clauses.TrueForAll(c => c(message));
    }

    private static Func<StoredMessage, bool> Clause(string clause, Func<string, string?> resolveFolderId)
    {
        if (StringEquals().Match(clause) is { Success: true } text)
        {
            var value = ODataLiteral.Unquote(text.Groups["value"].Value);
            return text.Groups["property"].Value.ToUpperInvariant() switch
            {
                "CONVERSATIONID" => m => m.ConversationId == value,
                "INTERNETMESSAGEID" => m => m.InternetMessageId == value,
                "SUBJECT" => m => m.Subject.Equals(value, StringComparison.OrdinalIgnoreCase),
                "FROM/EMAILADDRESS/ADDRESS" => m => m.From?.IsSameAddress(value) == true,
                "SENDER/EMAILADDRESS/ADDRESS" => m => m.Sender?.IsSameAddress(value) == true,
                _ => FolderEquals(resolveFolderId(value)),
            };
        }

        if (BooleanEquals().Match(clause) is { Success: true } flag)
        {
            var expected = flag.Groups["value"].Value.Equals("true", StringComparison.OrdinalIgnoreCase);
            return flag.Groups["property"].Value.ToUpperInvariant() switch
            {
                "ISDRAFT" => m => m.IsDraft == expected,
                "ISREAD" => m => m.IsRead == expected,
                _ => m => m.HasAttachments == expected,
            };
        }

        if (DateComparison().Match(clause) is { Success: true } date)
        {
            return DateFilter(date.Groups["property"].Value, date.Groups["op"].Value, ODataLiteral.ParseDateTime(date.Groups["value"].Value));
        }

        if (ExtendedPropertyAny().Match(clause) is { Success: true } any)
        {
            return ExtendedPropertyFilter.Parse(any.Groups["variable"].Value, any.Groups["body"].Value);
        }

        if (CategoryAny().Match(clause) is { Success: true } category)
        {
            var value = ODataLiteral.Unquote(category.Groups["value"].Value);
            return m => m.Categories.Contains(value, StringComparer.OrdinalIgnoreCase);
        }

        throw GraphException.BadRequest($"The sandbox does not support the $filter clause '{clause}'.", "ErrorInvalidUrlQueryFilter");
    }

    private static Func<StoredMessage, bool> FolderEquals(string? folderId) => m => m.FolderId == folderId;

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
