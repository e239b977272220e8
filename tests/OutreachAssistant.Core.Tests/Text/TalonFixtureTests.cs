using System.Text.Json;
using System.Text.RegularExpressions;
using OutreachAssistant.Core.Text;
using Xunit.Abstractions;

namespace OutreachAssistant.Core.Tests.Text;

/// <summary>
/// mailgun/talon's plain-text quotation cases (the 12 standard replies as talon's test feeds them, and
/// the inline cases that do not patch talon's settings), compared exactly with
/// <see cref="OwnTextExtractor.RemoveQuotedHistory"/> as talon compares <c>extract_from_plain</c>.
/// </summary>
public sealed partial class TalonFixtureTests(ITestOutputHelper output)
{
    private const string SuiteName = "mailgun-talon";
    private const int QuotationGoal = 58;

    [FixtureFact]
    public void RemoveQuotedHistory_TalonPlainTextCases_MeetsGoal()
    {
        var suite = SharedFixtures.Suite(SuiteName);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(suite, "expected.json")));
        var quotes = new SuiteScore("talon quotation removal (plain text)");
        var html = new SuiteScore("talon html replies, whitespace-insensitive (info)");
        foreach (var fixture in expected.RootElement.GetProperty("cases").EnumerateObject())
        {
            var value = fixture.Value;
            if (value.TryGetProperty("derived_input", out var input))
            {
                var body = File.ReadAllText(Path.Combine(suite, input.GetString()!));
                quotes.Record(Path.GetFileName(fixture.Name), OwnTextExtractor.RemoveQuotedHistory(body) == value.GetProperty("expected").GetString());
            }
            else if (fixture.Name.Contains("html_replies", StringComparison.Ordinal))
            {
                var text = OwnTextExtractor.RemoveQuotedHistory(OwnTextExtractor.HtmlToText(File.ReadAllText(Path.Combine(suite, fixture.Name))));
                html.Record(Path.GetFileName(fixture.Name), NoSpace(text) == NoSpace(value.GetProperty("expected").GetString()!));
            }
        }

        foreach (var inline in expected.RootElement.GetProperty("inline_cases").EnumerateArray())
        {
            if (inline.GetProperty("call").GetString()!.Contains("extract_from_plain", StringComparison.Ordinal) && !inline.TryGetProperty("config_dependent", out _))
            {
                var passed = OwnTextExtractor.RemoveQuotedHistory(inline.GetProperty("msg_body").GetString()!) == inline.GetProperty("expected").GetString();
                quotes.Record(CaseName(inline), passed);
            }
        }

        SuiteReport.Write(output, "talon.txt", quotes, html);
        Assert.True(quotes.Passed >= QuotationGoal, quotes.ToString());
    }

    internal static string CaseName(JsonElement inline) =>
        inline.GetProperty("id").GetString()!.Split("::")[^1];

    private static string NoSpace(string text) => Whitespace().Replace(text, string.Empty);

    [GeneratedRegex(@"\s")]
    private static partial Regex Whitespace();
}
