using System.Text.Json;
using OutreachAssistant.Core.Text;
using Xunit.Abstractions;

namespace OutreachAssistant.Core.Tests.Text;

/// <summary>
/// crisp-oss/email-reply-parser's fixtures: every exact assertion on the reply text
/// (<c>own_text_asserted</c>), compared with <see cref="OwnTextExtractor.Extract"/>'s text.
/// crisp keeps trailing newlines, so both sides are compared without them.
/// </summary>
public sealed class CrispFixtureTests(ITestOutputHelper output)
{
    private const string SuiteName = "crisp-oss-email-reply-parser";
    private const double OwnTextGoal = 0.98;

    [FixtureFact]
    public void Extract_CrispAssertedOwnText_MeetsGoal()
    {
        var suite = SharedFixtures.Suite(SuiteName);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(suite, "expected.json")));
        var ownText = new SuiteScore("crisp own text (asserted)");
        foreach (var fixture in expected.RootElement.GetProperty("cases").EnumerateObject())
        {
            if (!fixture.Value.TryGetProperty("own_text_asserted", out var assertions) || fixture.Name.StartsWith("inline:", StringComparison.Ordinal))
            {
                continue;
            }

            var extracted = OwnTextExtractor.Extract(File.ReadAllText(Path.Combine(suite, fixture.Name))).Text;
            foreach (var assertion in assertions.EnumerateArray())
            {
                var target = assertion.GetProperty("target").GetString()!;
                var want = assertion.GetProperty("expected").GetString()!;
                var trimmed = target.EndsWith(".trim()", StringComparison.Ordinal);
                var passed = trimmed ? want.Trim() == extracted.Trim() : want.TrimEnd() == extracted.TrimEnd();
                ownText.Record($"{Path.GetFileName(fixture.Name)}[{target}]", passed);
            }
        }

        var original = ScorePhpOriginal(suite);
        SuiteReport.Write(output, "crisp.txt", ownText, original);
        Assert.True(ownText.Passed >= OwnTextGoal * ownText.Total, ownText.ToString());
    }

    // The PHP original asserts some fixtures crisp's own tests leave out; reported, not a goal.
    private static SuiteScore ScorePhpOriginal(string suite)
    {
        var score = new SuiteScore("crisp fixtures, PHP original's expectations (info)");
        using var php = JsonDocument.Parse(File.ReadAllText(Path.Combine(suite, "expected_from_willdurand_php.json")));
        foreach (var fixture in php.RootElement.GetProperty("cases").EnumerateObject())
        {
            var body = File.ReadAllText(Path.Combine(suite, fixture.Name));
            var name = Path.GetFileName(fixture.Name);
            foreach (var assertion in fixture.Value.EnumerateArray())
            {
                if (!assertion.TryGetProperty("expected", out var expected))
                {
                    continue;
                }

                if (assertion.TryGetProperty("header_lines", out var headers))
                {
                    foreach (var header in headers.EnumerateArray())
                    {
                        var text = OwnTextExtractor.Extract(body.Replace("[DATE]", header.GetString(), StringComparison.Ordinal)).Text;
                        score.Record($"{name}[{header.GetString()}]", text == expected.GetString());
                    }

                    continue;
                }

                score.Record(name, OwnTextExtractor.Extract(body).Text == expected.GetString());
            }
        }

        return score;
    }
}
