using System.Text.RegularExpressions;

namespace OutreachAssistant.Sandbox.Graph;

/// <summary>
/// Normalizes an OData path: <c>mailfolders('x')</c> becomes two segments, <c>delta()</c> and
/// <c>microsoft.graph.delta()</c> become <c>delta</c>.
/// </summary>
internal static partial class PathSegments
{
    public static List<string> Parse(string path)
    {
        var result = new List<string>();
        foreach (var raw in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.StartsWith("microsoft.graph.", StringComparison.OrdinalIgnoreCase) ? raw[16..] : raw;
            if (segment.EndsWith("()", StringComparison.Ordinal))
            {
                result.Add(segment[..^2]);
                continue;
            }

            var key = KeySegment().Match(segment);
            if (key.Success)
            {
                result.Add(key.Groups["name"].Value);
                result.Add(key.Groups["key"].Value.Replace("''", "'", StringComparison.Ordinal));
            }
            else
            {
                result.Add(segment);
            }
        }

        return result;
    }

    public static bool Is(this string segment, string name) => segment.Equals(name, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?<name>[A-Za-z]+)\('?(?<key>.*?)'?\)$")]
    private static partial Regex KeySegment();
}
