using System.Text.Json;
using OutreachAssistant.Core.Text;
using Xunit.Abstractions;

namespace OutreachAssistant.Core.Tests.Text;

/// <summary>
/// Signature removal, measured apart from quotes: talon's rule-based cases (<c>bruteforce</c>) and its
/// stripped-signature files, and crisp's assertions on which fragment is a signature. talon's
/// classifier (ML) cases are reported for information only.
/// </summary>
public sealed class SignatureFixtureTests(ITestOutputHelper output)
{
    private const double Floor = 0.75;

    // crisp's isSignature() assertions, as what SplitSignature should give.
    private static readonly (string File, string? Signature)[] CrispCases =
    [
        ("correct_sig.txt", "--\nrick"),
        ("sig_no_empty_line.txt", "--\nrick"),
        ("email_not_a_signature.txt", ""),
        ("email_not_a_signature_2.txt", ""),
        ("email_tricky_6_regards_in_sentence.txt", ""),
        ("email_tricky_11_double_signature.txt", null),
    ];

    [FixtureFact]
    public void SplitSignature_FixtureCases_AboveFloor()
    {
        var talonSuite = SharedFixtures.Suite("mailgun-talon");
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(talonSuite, "expected.json")));
        var rules = new SuiteScore("talon signatures (rule-based + stripped files)");
        var classifier = new SuiteScore("talon signatures, classifier cases (info)");
        foreach (var inline in expected.RootElement.GetProperty("inline_cases").EnumerateArray())
        {
            var call = inline.GetProperty("call").GetString()!;
            if (!call.Contains("signature", StringComparison.Ordinal) || inline.TryGetProperty("config_dependent", out _))
            {
                continue;
            }

            var sender = inline.TryGetProperty("sender", out var s) ? s.GetString() : null;
            var (text, signature) = OwnTextExtractor.SplitSignature(inline.GetProperty("msg_body").GetString()!, sender);
            var textOk = !inline.TryGetProperty("expected_text", out var wantText) || wantText.ValueKind == JsonValueKind.Null || wantText.GetString()!.Trim() == text;
            var signatureOk = !inline.TryGetProperty("expected_signature", out var wantSignature) || (wantSignature.GetString() ?? string.Empty) == signature;
            if (inline.TryGetProperty("asserted_part", out var part))
            {
                signatureOk = part.GetString() != "signature" || signatureOk;
                textOk = part.GetString() != "text" || textOk;
            }

            (call.Contains("bruteforce", StringComparison.Ordinal) ? rules : classifier).Record(TalonFixtureTests.CaseName(inline), textOk && signatureOk);
        }

        ScoreStrippedFiles(talonSuite, expected.RootElement.GetProperty("cases"), rules);
        var crisp = ScoreCrisp(SharedFixtures.Suite("crisp-oss-email-reply-parser"));
        SuiteReport.Write(output, "signatures.txt", rules, crisp, classifier);
        Assert.True(rules.Passed >= Floor * rules.Total, rules.ToString());
        Assert.True(crisp.Passed >= Floor * crisp.Total, crisp.ToString());
    }

    // talon's ML training format marks signature lines with "#sig#"; neither side should see it.
    private static void ScoreStrippedFiles(string suite, JsonElement cases, SuiteScore score)
    {
        foreach (var fixture in cases.EnumerateObject().Where(c => c.Value.TryGetProperty("expected_signature", out _)))
        {
            var body = File.ReadAllText(Path.Combine(suite, fixture.Name)).Replace("#sig#", string.Empty, StringComparison.Ordinal);
            var (text, signature) = OwnTextExtractor.SplitSignature(body, fixture.Value.GetProperty("sender").GetString());
            var wantSignature = fixture.Value.GetProperty("expected_signature").GetString()!.Replace("#sig#", string.Empty, StringComparison.Ordinal).Trim();
            var wantText = fixture.Value.GetProperty("expected_text").GetString()!.Trim();
            score.Record(Path.GetFileName(fixture.Name), text == wantText && signature == wantSignature);
        }
    }

    private static SuiteScore ScoreCrisp(string suite)
    {
        var score = new SuiteScore("crisp signature assertions");
        foreach (var (file, want) in CrispCases)
        {
            var (_, signature) = OwnTextExtractor.SplitSignature(File.ReadAllText(Path.Combine(suite, "test", "fixtures", file)));
            score.Record(file, want is null ? signature.Length > 0 : signature == want);
        }

        return score;
    }
}
