using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Core.Etiquette.Rules;

namespace OutreachAssistant.Core.Tests.Etiquette;

public sealed class LengthRuleTests
{
    [Theory]
    [InlineData(10, null)]
    [InlineData(11, Severity.Info)]
    [InlineData(15, Severity.Info)]
    [InlineData(16, Severity.Warning)]
    public void Lines_ByCount_FiresAtGuideThresholds(int lines, Severity? expected)
    {
        var findings = new LineCountRule().Check(LintMessages.Of(lines: lines), new RuleSettings()).ToList();

        Assert.Equal(expected, findings.SingleOrDefault()?.Severity);
    }

    [Fact]
    public void Lines_ConfiguredThresholdAndSeverity_AreUsed()
    {
        var settings = new RuleSettings { WarningOver = 5, Severity = Severity.Error };

        var finding = Assert.Single(new LineCountRule().Check(LintMessages.Of(lines: 6), settings));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("length.lines", finding.RuleId);
        Assert.Contains("Strategy 1", finding.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(200, null)]
    [InlineData(201, Severity.Info)]
    [InlineData(251, Severity.Warning)]
    public void Words_ByCount_FiresOverThresholds(int words, Severity? expected)
    {
        var findings = new WordCountRule().Check(LintMessages.Of(words: words), new RuleSettings()).ToList();

        Assert.Equal(expected, findings.SingleOrDefault()?.Severity);
    }
}
