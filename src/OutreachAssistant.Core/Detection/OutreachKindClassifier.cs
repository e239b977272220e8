using OutreachAssistant.Core.Text;

namespace OutreachAssistant.Core.Detection;

/// <summary>
/// Guesses an outreach's kind from cues in its subject and own text: each subject cue scores two, each
/// text cue one, and the best score wins; on a tie the earlier kind in <see cref="Cues"/> does.
/// </summary>
public static class OutreachKindClassifier
{
    // Subject cue weight: the subject names the purpose; the text mentions many things in passing.
    private const int SubjectWeight = 2;

    // About the first ten lines of an email, where the guides put who is writing and why.
    private const int OpeningLength = 800;

    // Ordered from the most specific purpose to the broadest, as ties go to the earlier one.
    private static readonly KindCue[] Cues =
    [
        new(OutreachKind.ThankYou,
            ["thank you", "thanks", "thank-you", "grateful"],
            ["thank you for meeting", "thank you for taking the time", "thank you for the interview", "thank you for interviewing",
             "thank you for having me", "thanks for meeting", "thank you for the opportunity to interview", "thank you for your guidance during",
             "grateful for the chance to interview", "working with you this month"]),
        new(OutreachKind.Update, ["update", "news", "matched", "match day"],
            ["wanted to share", "happy news", "quick update", "i matched", "update you on", "keep you updated", "keep you posted", "scores were released"]),
        new(OutreachKind.ConferenceFollowUp, ["conference", "annual meeting", "symposium", "poster", "your talk", "your session", "met at", "meeting you"],
            ["meeting you at", "met you at", "we met at", "after your talk", "your talk on", "your presentation", "your session", "poster session", "at the conference"]),
        new(OutreachKind.Elective, ["elective", "rotation", "clerkship", "observership", "externship", "sub-internship", "visiting student"],
            ["elective", "away rotation", "observership", "externship", "sub-internship", "visiting student", "clerkship"]),
        new(OutreachKind.Research, ["research", "publication", "project", "lab", "study", "manuscript"],
            ["research", "your lab", "your study", "your project", "data analysis", "literature review", "chart review", "co-author"]),
        new(OutreachKind.Mentorship, ["mentor", "mentorship", "advice", "guidance", "career", "minutes"],
            ["mentor", "advice", "guidance", "minutes of your time", "15-20 minutes", "15–20 minutes", "brief call", "quick call", "ask a few questions"]),
        new(OutreachKind.ProgramInterest, ["program", "residency", "applicant", "application", "interest in"],
            ["your program", "apply to your", "applied to your", "interest in your", "eras", "train in a program", "a program like yours"]),
    ];

    /// <summary>The kind of a message from its subject and whole plain-text body (quoted history is set aside here).</summary>
    public static OutreachKind Classify(string subject, string? bodyText)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var ownText = bodyText is null ? null : OwnTextExtractor.RemoveQuotedHistory(bodyText);
        return Explain(subject, ownText).Kind;
    }

    // Upper-cased once, so each search is an ordinal one; case-insensitive searching costs several times more.
    private static readonly (KindCue Cue, string[] Subject, string[] Text)[] Prepared =
        [.. Cues.Select(c => (c, c.SubjectWords.Select(w => w.ToUpperInvariant()).ToArray(), c.TextPhrases.Select(p => p.ToUpperInvariant()).ToArray()))];

    /// <summary>The kind and the cues behind it, from the subject and the user's own text.</summary>
    public static KindGuess Explain(string subject, string? ownText)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var upperSubject = subject.ToUpperInvariant();
        var upperText = Opening(ownText ?? string.Empty).ToUpperInvariant();
        var bestScore = 0;
        var bestIndex = -1;
        for (var i = 0; i < Prepared.Length; i++)
        {
            var score = (SubjectWeight * Prepared[i].Subject.Count(w => Mentions(upperSubject, w))) + Prepared[i].Text.Count(p => Mentions(upperText, p));
            if (score > bestScore)
            {
                (bestScore, bestIndex) = (score, i);
            }
        }

        if (bestIndex < 0)
        {
            return new KindGuess(OutreachKind.Other, ["no cue for a kind in the subject or text"]);
        }

        // Only the winner's reasons are spelled out.
        var (cue, subjectWords, textPhrases) = Prepared[bestIndex];
        return new KindGuess(cue.Kind,
        [
            .. cue.SubjectWords.Where((_, j) => Mentions(upperSubject, subjectWords[j])).Select(w => $"subject mentions \"{w}\""),
            .. cue.TextPhrases.Where((_, j) => Mentions(upperText, textPhrases[j])).Select(p => $"text mentions \"{p}\""),
        ]);
    }

    /// <summary>
    /// The purpose of an outreach email is said in its opening; a long own text is read that far only, so a
    /// long message costs no more than a short one.
    /// </summary>
    private static string Opening(string text) => text.Length <= OpeningLength ? text : text[..OpeningLength];

    /// <summary>Whether upper-cased <paramref name="text"/> holds upper-cased <paramref name="phrase"/> as whole words, or its plural ("lab" is not in "collaboration").</summary>
    private static bool Mentions(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;

            // A plural still counts: "observerships" mentions "observership".
            if (end < text.Length && text[end] == 'S')
            {
                end++;
            }

            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
