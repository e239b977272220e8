using System.Text.Json;
using System.Text.RegularExpressions;
using OutreachAssistant.Core.Text;
using Xunit.Abstractions;

namespace OutreachAssistant.Core.Tests.Text;

/// <summary>
/// A signature after a closing no list of ours names is still found. The closings and names are taken from the
/// shared fixture suites (written by others), each set under a short letter of ours, so only the closing is tested.
/// </summary>
public sealed partial class UnseenClosingTests(ITestOutputHelper output)
{
    private const string Letter = "Dear Dr. Reed,\nI am a US citizen IMG at St. George's University.\nWould you have 15 minutes for advice?";

    [FixtureFact]
    public void Extract_ClosingsAndNamesFromTheFixtures_SignatureFound()
    {
        var pairs = FixtureBodies().SelectMany(ClosingPairs).Distinct().ToList();
        var failing = pairs.Where(p => OwnTextExtractor.Extract($"{Letter}\n\n{p.Closing}\n{p.Name}").Signature != $"{p.Closing}\n{p.Name}").ToList();

        output.WriteLine($"{pairs.Count} closings from the fixtures: {string.Join("; ", pairs.Select(p => p.Closing))}");
        Assert.Contains(pairs, p => p.Closing == "Thanks in advance,");
        Assert.Contains(pairs, p => p.Closing == "At your service,");
        Assert.Empty(failing);
    }

    [Theory]
    [InlineData("Warmly,", "Amira")]
    [InlineData("With appreciation,", "Amira Haddad")]
    [InlineData("Respectfully yours,", "Amira Haddad, MD")]
    [InlineData("Con cariño,", "Amira")]
    public void Extract_ClosingNoListNames_SignatureFoundAndSignedNameRead(string closing, string name)
    {
        var own = OwnTextExtractor.Extract($"{Letter}\n\n{closing}\n{name}", senderName: "Amira Haddad");

        Assert.Equal(Letter, own.Text);
        Assert.Equal($"{closing}\n{name}", own.Signature);
        Assert.NotNull(SignedName.Find($"{Letter}\n\n{closing}\n{name}", "Amira Haddad"));
    }

    [Theory]
    [InlineData("Dear Dr. Reed,\nI am a US citizen IMG.\n\nIn short,\nWould you have 15 minutes for advice?")]
    [InlineData("Dear Dr. Reed,\nI am a US citizen IMG.\nWould you have 15 minutes?\n\nBy the way,\nThe poster is online.")]
    public void Extract_CommaLineNotFollowedByAName_NoSignature(string body) =>
        Assert.Equal(string.Empty, OwnTextExtractor.Extract(body).Signature);

    private static IEnumerable<string> FixtureBodies()
    {
        using var talon = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedFixtures.Suite("mailgun-talon"), "expected.json")));
        var inline = talon.RootElement.GetProperty("inline_cases").EnumerateArray()
            .Where(c => c.TryGetProperty("msg_body", out _))
            .Select(c => c.GetProperty("msg_body").GetString()!)
            .ToList();
        var files = Directory.EnumerateFiles(SharedFixtures.Folder!, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is "" or ".txt" or ".eml")
            .Select(File.ReadAllText);
        return inline.Concat(files);
    }

    /// <summary>A line that ends in a comma, of a few words, not a greeting, with a name under it: how a letter closes.</summary>
    private static IEnumerable<(string Closing, string Name)> ClosingPairs(string body)
    {
        var lines = body.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimStart('>', ' ').Trim()).Where(l => l.Length > 0).ToList();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (ClosingShape().IsMatch(lines[i]) && lines[i].Split(' ').Length <= 4 && !Greeting().IsMatch(lines[i]) && NameShape().IsMatch(lines[i + 1]))
            {
                yield return (lines[i], lines[i + 1]);
            }
        }
    }

    [GeneratedRegex(@"^[A-Z][^,.:;?!@\d]{1,30},$")]
    private static partial Regex ClosingShape();

    [GeneratedRegex(@"^(?:hi|hello|hey|dear|good)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^[A-Z][a-z]+(?: [A-Z][a-z.]+){0,2}$")]
    private static partial Regex NameShape();
}
