using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Worker.Lint;

namespace OutreachAssistant.Worker.Tests.Lint;

public sealed class LintSettingsTests
{
    private readonly string folder = Directory.CreateTempSubdirectory("outreach-lint-settings-").FullName;

    [Fact]
    public void Load_ShippedAppSettings_BindsEveryRule()
    {
        var settings = LintSettings.Load(RepositoryRoot());

        Assert.Equal(EtiquetteRules.All.Select(r => r.Id).Order(StringComparer.Ordinal), settings.Etiquette.Rules.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Severity.Error, settings.Etiquette.For("content.placeholder")?.Severity);
        Assert.Equal(TimeSpan.FromHours(22), settings.Etiquette.For("timing.late-night")?.NightStarts);
    }

    [Theory]
    [InlineData("""{ "Etiquette": { "Rules": { "length.line": { "Enabled": false } } } }""", $"{EtiquetteOptions.SectionName}:Rules:length.line: no such rule")]
    [InlineData("""{ "Etiquette": { "Rules": { "length.lines": { "WarningOver": -1 } } } }""", $"{EtiquetteOptions.SectionName}:Rules:length.lines:WarningOver: -1 is out of range")]
    [InlineData("""{ "Etiquette": { "Rules": { "length.lines": { "Severity": "loud" } } } }""", $"{EtiquetteOptions.SectionName}:Rules:length.lines:Severity: \"loud\" is not a severity")]
    [InlineData("""{ "Etiquette": { "Rules": { "timing.late-night": { "NightStarts": "late" } } } }""", $"{EtiquetteOptions.SectionName}:Rules:timing.late-night:NightStarts")]
    public async Task Run_BadSetting_ExitsTwoWithOneLineNamingTheKey(string appSettings, string expected)
    {
        File.WriteAllText(Path.Combine(folder, "appsettings.json"), appSettings);
        using var error = new StringWriter();

        var code = await new LintRunner(TextReader.Null, TextWriter.Null, error, folder).RunAsync(["-"], json: true, CancellationToken.None);

        Assert.Equal(2, code);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Run_RuleSwitchedOff_DropsItsFindings()
    {
        File.WriteAllText(Path.Combine(folder, "appsettings.json"), """{ "Etiquette": { "Rules": { "subject.missing": { "Enabled": false } } } }""");
        using var input = new StringReader("Dear Dr. Reed,\nWould you have 15 minutes for advice?\n\nBest regards,\nSarah Khan\n");
        using var output = new StringWriter();

        var code = await new LintRunner(input, output, TextWriter.Null, folder).RunAsync(["-"], json: true, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.DoesNotContain("subject.missing", output.ToString(), StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "OutreachAssistant.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
