using System.Text.RegularExpressions;
using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Text;

namespace OutreachAssistant.Core.Etiquette.Rules;

/// <summary>
/// <c>content.no-clear-ask</c>: the own text holds neither a question (in any script) nor a request. Thank-you
/// notes and updates need none, so those kinds are left alone, and so is a thank-you answering the contact's reply.
/// </summary>
public sealed partial class NoClearAskRule : IEtiquetteRule
{
    public string Id => "content.no-clear-ask";

    public string Source => GuideSources.PediatricsEmailOutreach;

    public RuleSettings Defaults { get; } = new() { Severity = Severity.Warning };

    public IEnumerable<Finding> Check(LintMessage message, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.Own.Text;
        if (string.IsNullOrWhiteSpace(text) || QuestionMarks.AnyIn(text) || Request().IsMatch(text))
        {
            yield break;
        }

        // The ask was made and answered: thanking the contact for their answer is the right reply, not a cold email.
        if (message.AnswersReply && Thanks().IsMatch(text))
        {
            yield break;
        }

        if (message.Kind is OutreachKind.ThankYou or OutreachKind.Update or OutreachKind.ConferenceFollowUp)
        {
            yield break;
        }

        yield return this.Found(this.Effective(settings), "No question and no request found; end with one clear, modest ask (advice, a short call, information about electives).");
    }

    [GeneratedRegex(
        @"\b(?:thanks?|thank\s+you|thankful|grateful|gratitude|appreciate[ds]?|much\s+appreciated|merci|gracias|danke|grazie|obrigad[oa]|shukran|спасибо)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Thanks();

    [GeneratedRegex(
        @"\b(?:would|could|can|will|may|might)\s+(?:you|i|we)\b"
        + @"|\b(?:would|i['’]d)\s+(?:be\s+(?:very\s+|most\s+|so\s+|really\s+)?(?:grateful|thankful|glad|happy|honou?red)|(?:really\s+|greatly\s+|truly\s+)?(?:appreciate|value|welcome|love|like))\b"
        + @"|\b(?:please|kindly)\s+(?:let|send|share|advise|tell|point|suggest|consider)\b"
        + @"|\bi(?:\s+am|['’]m)\s+writing\s+to\s+(?:ask|request|inquire|enquire|see)\b|\bi\s+write\s+to\s+(?:ask|request|inquire|enquire|see)\b"
        + @"|\b(?:is|are)\s+there\s+any\b"
        + @"|\bif\s+you\s+(?:have|had|could|would|are|were)\b"
        + @"|\bi\s+(?:hope|wonder|was\s+wondering)\s+(?:if|whether)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Request();
}
