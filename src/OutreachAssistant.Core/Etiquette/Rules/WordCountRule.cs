using System.Globalization;

namespace OutreachAssistant.Core.Etiquette.Rules;

/// <summary>
/// <c>length.words</c>: the own text has more words than 10–15 lines hold. Long paragraphs pass a line
/// count, so words are counted as well.
/// </summary>
public sealed class WordCountRule : IEtiquetteRule
{
    public string Id => "length.words";

    public string Source => GuideSources.PediatricsEmailOutreach;

    public RuleSettings Defaults { get; } = new() { Severity = Severity.Warning, WarningOver = 250, InfoOver = 200 };

    public IEnumerable<Finding> Check(LintMessage message, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(message);
        var s = this.Effective(settings);
        var words = message.Own.Words;
        var warningOver = s.WarningOver.GetValueOrDefault();
        var infoOver = s.InfoOver.GetValueOrDefault();
        if (words > warningOver)
        {
            yield return this.Found(s, string.Create(CultureInfo.InvariantCulture, $"Own text is {words} words, more than {warningOver}; cut it to what the reader needs."));
        }
        else if (words > infoOver)
        {
            yield return this.Found(Severity.Info, string.Create(CultureInfo.InvariantCulture, $"Own text is {words} words, more than {infoOver}; shorter is easier to answer."));
        }
    }
}
