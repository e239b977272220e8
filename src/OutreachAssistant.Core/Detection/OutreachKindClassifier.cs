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
        return Guess(subject, ownText);
    }

    // Upper-cased once, so each search is an ordinal one; case-insensitive searching costs several times more.
    private static readonly CueVocabulary SubjectVocabulary = new(Cues.Select(c => c.SubjectWords));
    private static readonly CueVocabulary TextVocabulary = new(Cues.Select(c => c.TextPhrases));

    /// <summary>The kind alone, from the subject and the user's own text: what the rules need, with no reasons spelt out.</summary>
    public static OutreachKind Guess(string subject, string? ownText)
    {
        var (best, _, _) = Score(subject, ownText);
        return best < 0 ? OutreachKind.Other : Cues[best].Kind;
    }

    /// <summary>The kind and the cues behind it, from the subject and the user's own text.</summary>
    public static KindGuess Explain(string subject, string? ownText)
    {
        var (best, inSubject, inText) = Score(subject, ownText);
        if (best < 0)
        {
            return new KindGuess(OutreachKind.Other, ["no cue for a kind in the subject or text"]);
        }

        // Only the winner's reasons are spelled out.
        var cue = Cues[best];
        return new KindGuess(cue.Kind,
        [
            .. cue.SubjectWords.Where((_, j) => SubjectVocabulary.Mentioned(inSubject, best, j)).Select(w => $"subject mentions \"{w}\""),
            .. cue.TextPhrases.Where((_, j) => TextVocabulary.Mentioned(inText, best, j)).Select(p => $"text mentions \"{p}\""),
        ]);
    }

    private static (int Best, bool[] InSubject, bool[] InText) Score(string subject, string? ownText)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var inSubject = SubjectVocabulary.Scan(subject.ToUpperInvariant());
        var inText = TextVocabulary.Scan(Opening(ownText ?? string.Empty).ToUpperInvariant());
        var bestScore = 0;
        var best = -1;
        for (var i = 0; i < Cues.Length; i++)
        {
            var score = (SubjectWeight * SubjectVocabulary.Count(inSubject, i)) + TextVocabulary.Count(inText, i);
            if (score > bestScore)
            {
                (bestScore, best) = (score, i);
            }
        }

        return (best, inSubject, inText);
    }

    /// <summary>
    /// The purpose of an outreach email is said in its opening; a long own text is read that far only, so a
    /// long message costs no more than a short one.
    /// </summary>
    private static string Opening(string text) => text.Length <= OpeningLength ? text : text[..OpeningLength];
}
