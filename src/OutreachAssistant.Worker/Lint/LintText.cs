using System.Globalization;
using System.Text;
using OutreachAssistant.Core.Etiquette;

namespace OutreachAssistant.Worker.Lint;

/// <summary>The readable report: one block per file, each finding with its severity, rule, message and source.</summary>
public static class LintText
{
    public static string Format(LintReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        var outreach = report.IsOutreach ? "outreach" : "not outreach";
        text.AppendLine(CultureInfo.InvariantCulture, $"{report.File}: {outreach} ({report.Kind}); own text {report.Lines} lines, {report.Words} words; signature {(report.Signature.Length == 0 ? "none" : "found")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  why: {string.Join("; ", report.Reasons)}");
        if (report.Findings.Count == 0)
        {
            text.AppendLine("  no findings");
        }

        foreach (var finding in report.Findings)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {Label(finding.Severity),-7} {finding.RuleId}: {finding.Message}");
            text.AppendLine(CultureInfo.InvariantCulture, $"          ({finding.Source})");
        }

        return text.ToString();
    }

    public static string Summary(IReadOnlyList<LintReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var findings = reports.SelectMany(r => r.Findings).ToList();
        int Count(Severity severity) => findings.Count(f => f.Severity == severity);
        return string.Create(CultureInfo.InvariantCulture,
            $"{reports.Count} files: {Count(Severity.Error)} error(s), {Count(Severity.Warning)} warning(s), {Count(Severity.Info)} info");
    }

    private static string Label(Severity severity) => severity.ToString().ToLowerInvariant();
}
