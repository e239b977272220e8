using System.Collections.ObjectModel;

namespace OutreachAssistant.Core.Mail;

/// <summary>Internet message headers, looked up without regard to case as RFC 5322 requires.</summary>
public sealed class MessageHeaders
{
    public static readonly MessageHeaders Empty = new([]);

    private readonly ReadOnlyDictionary<string, string> values;

    public MessageHeaders(IEnumerable<KeyValuePair<string, string>> headers)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            // The first occurrence wins, as for a Received chain the top one is the newest.
            map.TryAdd(name, value);
        }

        values = map.AsReadOnly();
    }

    public int Count => values.Count;

    public string? this[string name] => values.TryGetValue(name, out var value) ? value : null;

    public bool Contains(string name) => values.ContainsKey(name);
}
