using System.Text.Json;

namespace OutreachAssistant.Benchmarks;

/// <summary>
/// Every email of the shared fixture suites, read in place from <c>../shared/fixtures</c>: the plain-text
/// bodies (crisp's files, talon's standard replies, inline cases and signature bodies) and the HTML ones.
/// <c>bench/peers.mjs</c> gathers the same list in the same order.
/// </summary>
public sealed class FixtureCorpus
{
    private FixtureCorpus(IReadOnlyList<string> text, IReadOnlyList<string> html)
    {
        Text = text;
        Html = html;
    }

    public IReadOnlyList<string> Text { get; }

    public IReadOnlyList<string> Html { get; }

    public static FixtureCorpus Load(string fixtures)
    {
        var crisp = Path.Combine(fixtures, "crisp-oss-email-reply-parser", "test", "fixtures");
        var talon = Path.Combine(fixtures, "mailgun-talon");
        var text = new List<string>();
        text.AddRange(ReadSorted(crisp, "*.txt"));
        text.AddRange(ReadSorted(Path.Combine(talon, "derived", "standard_replies_text_plain"), "*.txt"));
        using (var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(talon, "expected.json"))))
        {
            text.AddRange(expected.RootElement.GetProperty("inline_cases").EnumerateArray()
                .Select(c => c.GetProperty("msg_body").GetString()!)
                .Where(body => body.Length > 0));
        }

        text.AddRange(ReadSorted(Path.Combine(talon, "tests", "fixtures", "signature", "emails", "stripped"), "*_body"));
        var html = ReadSorted(Path.Combine(talon, "tests", "fixtures", "html_replies"), "*.html")
            .Concat(ReadSorted(Path.Combine(talon, "tests", "fixtures"), "*.html"))
            .ToList();
        return new FixtureCorpus(text, html);
    }

    /// <summary>The fixtures folder beside the repository (the folder holding OutreachAssistant.sln).</summary>
    public static string? Locate()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OutreachAssistant.sln")))
                {
                    var folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures"));
                    return Directory.Exists(folder) ? folder : null;
                }
            }
        }

        return null;
    }

    // Ordinal order, so the node script sees the same sequence.
    private static IEnumerable<string> ReadSorted(string folder, string pattern) =>
        Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal).Select(File.ReadAllText);
}
