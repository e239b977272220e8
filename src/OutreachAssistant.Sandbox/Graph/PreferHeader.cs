using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace OutreachAssistant.Sandbox.Graph;

/// <summary>The preferences of all <c>Prefer</c> headers, split on commas outside quotes.</summary>
internal sealed class PreferHeader
{
    private readonly Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase);

    public PreferHeader(IHeaderDictionary headers)
    {
        foreach (var header in headers["Prefer"])
        {
            foreach (var preference in SplitOutsideQuotes(header ?? ""))
            {
                var equals = preference.IndexOf('=', StringComparison.Ordinal);
                var name = (equals < 0 ? preference : preference[..equals]).Trim();
                var value = equals < 0 ? "" : preference[(equals + 1)..].Trim().Trim('"');
                if (name.Length > 0)
                {
                    values[name] = value;
                }
            }
        }
    }

    /// <summary>"text" or "html" when the client asked for a body format.</summary>
    public string? BodyContentType =>
        values.TryGetValue("outlook.body-content-type", out var type)
        && (type.Equals("text", StringComparison.OrdinalIgnoreCase) || type.Equals("html", StringComparison.OrdinalIgnoreCase))
            ? type.ToLowerInvariant()
            : null;

    /// <summary>The zone named by <c>outlook.timezone</c> (Windows or IANA), or null when absent or unknown.</summary>
    public TimeZoneInfo? TimeZone =>
        values.TryGetValue("outlook.timezone", out var name) && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) ? zone : null;

    /// <summary>True for <c>IdType="ImmutableId"</c>: ids that do not change when the message moves.</summary>
    public bool ImmutableIds =>
        values.TryGetValue("IdType", out var type) && type.Equals("ImmutableId", StringComparison.OrdinalIgnoreCase);

    public int? MaxPageSize =>
        values.TryGetValue("odata.maxpagesize", out var size)
        && int.TryParse(size, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed > 0
            ? parsed
            : null;

    private static IEnumerable<string> SplitOutsideQuotes(string header)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i] == '"')
            {
                quoted = !quoted;
            }
            else if (header[i] == ',' && !quoted)
            {
                yield return header[start..i];
                start = i + 1;
            }
        }

        yield return header[start..];
    }
}
