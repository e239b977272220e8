using System.Globalization;

namespace OutreachAssistant.Core.Etiquette.Rules;

/// <summary><c>length.lines</c>: the own text is longer than a cold email should be (10–15 lines).</summary>
public sealed class LineCountRule : IEtiquetteRule
{
    public string Id => "length.lines";

    public string Source => GuideSources.PediatricsEmailOutreach;

    public RuleSettings Defaults { get; } = new() { Severity = Severity.Warning, WarningOver = 15, InfoOver = 10 };

    public IEnumerable<Finding> Check(LintMessage message, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(message);
        var s = this.Effective(settings);
        var lines = message.Own.Lines;
        var warningOver = s.WarningOver.GetValueOrDefault();
        var infoOver = s.InfoOver.GetValueOrDefault();
        if (lines > warningOver)
        {
            yield return this.Found(s, string.Create(CultureInfo.InvariantCulture, $"Own text is {lines} lines, more than {warningOver}; keep a cold email short and respect the reader's time."));
        }
        else if (lines > infoOver)
        {
            yield return this.Found(Severity.Info, string.Create(CultureInfo.InvariantCulture, $"Own text is {lines} lines, more than {infoOver}; aim for {infoOver}–{warningOver} at most."));
        }
    }
}
