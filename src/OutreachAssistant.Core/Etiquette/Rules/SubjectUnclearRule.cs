using System.Globalization;
using OutreachAssistant.Core.Detection;

namespace OutreachAssistant.Core.Etiquette.Rules;

/// <summary>
/// <c>subject.unclear</c>: the subject names neither a purpose nor who is writing: a greeting, a lone
/// "Question", "(no subject)", or fewer words than a purpose needs.
/// </summary>
public sealed class SubjectUnclearRule : IEtiquetteRule
{
    // Compared after reply prefixes and surrounding punctuation are removed, without regard to case.
    private static readonly HashSet<string> VagueSubjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "hello", "hi", "hey", "hi there", "hello there", "dear sir", "dear madam", "greetings", "good morning",
        "good afternoon", "question", "a question", "quick question", "questions", "query", "inquiry", "enquiry",
        "request", "help", "urgent", "important", "no subject", "introduction", "follow up", "follow-up",
        "following up", "checking in", "email", "message", "hello doctor", "hi doctor",
    };

    public string Id => "subject.unclear";

    public string Source => GuideSources.PediatricsEmailOutreach;

    public RuleSettings Defaults { get; } = new() { Severity = Severity.Warning, MinimumWords = 3 };

    public IEnumerable<Finding> Check(LintMessage message, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(message);
        var s = this.Effective(settings);
        var subject = ReplySubject.WithoutPrefixes(message.Subject).Trim(' ', '\t', '(', ')', '.', '!', '?', ':', '-', '…');
        if (string.IsNullOrWhiteSpace(message.Subject))
        {
            yield break;
        }

        var minimum = s.MinimumWords.GetValueOrDefault();
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
        if (VagueSubjects.Contains(subject) || words < minimum)
        {
            yield return this.Found(s, string.Create(CultureInfo.InvariantCulture, $"The subject \"{message.Subject.Trim()}\" says neither who you are nor what you want; name both (e.g. your status and the request)."));
        }
    }
}
