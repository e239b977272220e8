using System.Text.Json;
using OutreachAssistant.Worker.Lint;

namespace OutreachAssistant.Worker.Tests.Lint;

/// <summary>Runs <c>outreach lint</c> through its command-line entry with in-memory standard streams.</summary>
public sealed class LintCommandTests
{
    private readonly string folder = Directory.CreateTempSubdirectory("outreach-lint-").FullName;

    [Fact]
    public async Task Lint_JsonOnGuideSample_PrintsEveryFieldAndExitsZero()
    {
        var (code, output, error) = await RunAsync("lint", "--json", LintFiles.Sample("psychiatry-mentorship.txt"));

        Assert.Equal(0, code);
        Assert.Empty(error);
        var report = Assert.Single(JsonLines(output));
        Assert.EndsWith("psychiatry-mentorship.txt", report.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Dear Dr. Lopez,", report.GetProperty("ownText").GetString(), StringComparison.Ordinal);
        Assert.Contains("St. George's University Class of 2027", report.GetProperty("signature").GetString(), StringComparison.Ordinal);
        Assert.InRange(report.GetProperty("lines").GetInt32(), 3, 10);
        Assert.InRange(report.GetProperty("words").GetInt32(), 90, 130);
        Assert.Equal("mentorship", report.GetProperty("kind").GetString());
        Assert.True(report.GetProperty("isOutreach").GetBoolean());
        Assert.Equal(0, report.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public async Task Lint_JsonOnSeveralFiles_PrintsOneObjectPerFileAndExitsOneOnAnError()
    {
        var good = LintFiles.Write(folder, "good.txt", LintFiles.GoodEmail);
        var bad = LintFiles.Write(folder, "bad.txt", LintFiles.GoodEmail.Replace("Dear Dr. Reed", "Dear Dr. [Last Name]", StringComparison.Ordinal));

        var (code, output, _) = await RunAsync("lint", "--json", good, bad);

        Assert.Equal(1, code);
        var reports = JsonLines(output);
        Assert.Equal([good, bad], reports.Select(r => r.GetProperty("file").GetString()));
        Assert.Equal(0, reports[0].GetProperty("findings").GetArrayLength());
        var finding = Assert.Single(reports[1].GetProperty("findings").EnumerateArray());
        Assert.Equal("content.placeholder", finding.GetProperty("ruleId").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Contains("[Last Name]", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Psychiatry guide, ", finding.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_StandardInput_ReadsTheDashAndExitsOneOnMissingSubject()
    {
        var body = "Hi,\nI am applying to residency. Please consider my application.\nThanks\n";

        var (code, output, _) = await RunWithInputAsync(body, "lint", "--json", "-");

        Assert.Equal(1, code);
        var report = Assert.Single(JsonLines(output));
        Assert.Equal("-", report.GetProperty("file").GetString());
        Assert.False(report.GetProperty("isOutreach").GetBoolean());
        var ids = report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToList();
        Assert.Contains("subject.missing", ids);
        Assert.Contains("content.generic-plea", ids);
    }

    [Fact]
    public async Task Lint_ReplySubjectOrNoRecipient_IsNotOutreach()
    {
        var reply = LintFiles.Write(folder, "reply.txt", LintFiles.GoodEmail.Replace("Subject: ", "Subject: RE: ", StringComparison.Ordinal));

        var (_, output, _) = await RunAsync("lint", "--json", reply);

        var report = Assert.Single(JsonLines(output));
        Assert.False(report.GetProperty("isOutreach").GetBoolean());
        Assert.Contains("a reply: the subject starts with a reply prefix", report.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Lint_MissingFile_ExitsTwoNamingTheFile()
    {
        var missing = Path.Combine(folder, "nowhere.txt");
        var good = LintFiles.Write(folder, "good.txt", LintFiles.GoodEmail);

        var (code, output, error) = await RunAsync("lint", "--json", missing, good);

        Assert.Equal(2, code);
        Assert.StartsWith($"{missing}: cannot read", error, StringComparison.Ordinal);
        Assert.Single(JsonLines(output));
    }

    [Fact]
    public async Task Lint_NoFile_ExitsTwoSayingWhatIsMissing()
    {
        var (code, output, error) = await RunAsync("lint", "--json");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("lint: no FILE given", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_MalformedHeaderLine_ExitsTwoNamingTheLine()
    {
        var file = LintFiles.Write(folder, "broken.txt", "Subject: Advice on electives please\nTo Dr Reed\n\nDear Dr. Reed,\n");

        var (code, _, error) = await RunAsync("lint", file);

        Assert.Equal(2, code);
        Assert.Contains("line 2: malformed header line \"To Dr Reed\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_BadDate_ExitsTwoSayingWhatIsExpected()
    {
        var file = LintFiles.Write(folder, "date.txt", LintFiles.GoodEmail.Replace("Tue, 3 Nov 2026 10:15:00 -0500", "yesterday", StringComparison.Ordinal));

        var (code, _, error) = await RunAsync("lint", file);

        Assert.Equal(2, code);
        Assert.Contains("cannot read Date \"yesterday\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_WithoutJson_PrintsReadableReport()
    {
        var late = LintFiles.Write(folder, "late.txt", LintFiles.GoodEmail.Replace("10:15:00", "23:40:00", StringComparison.Ordinal));

        var (code, output, _) = await RunAsync("lint", late);

        Assert.Equal(0, code);
        Assert.Contains($"{late}: outreach (elective)", output, StringComparison.Ordinal);
        Assert.Contains("warning timing.late-night: Sent at 23:40 local time", output, StringComparison.Ordinal);
        Assert.Contains("(Pediatrics guide, Pitfall 3: Oversharing or Being Overly Casual)", output, StringComparison.Ordinal);
    }

    private static Task<(int Code, string Output, string Error)> RunAsync(params string[] args) => RunWithInputAsync(string.Empty, args);

    private static async Task<(int Code, string Output, string Error)> RunWithInputAsync(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await LintCommand.InvokeAsync(args, input, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static List<JsonElement> JsonLines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
}
