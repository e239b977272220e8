namespace OutreachAssistant.Core.Detection;

/// <summary>A first guess at an outreach's kind from words in its subject and opening.</summary>
public static class OutreachKindClassifier
{
    // Checked in order: a thank-you that mentions a program is still a thank-you.
    private static readonly (OutreachKind Kind, string[] Words)[] Cues =
    [
        (OutreachKind.ThankYou, ["thank you", "thanks for", "grateful for"]),
        (OutreachKind.Update, ["update", "quick news", "matched"]),
        (OutreachKind.ConferenceFollowUp, ["conference", "meeting you at", "met at", "poster session", "symposium"]),
        (OutreachKind.Mentorship, ["mentor", "advice", "guidance", "15 minutes", "20 minutes"]),
        (OutreachKind.Elective, ["elective", "rotation", "clerkship", "observership", "externship"]),
        (OutreachKind.Research, ["research", "publication", "lab ", "study"]),
        (OutreachKind.ProgramInterest, ["program", "residency", "applicant", "application"]),
    ];

    public static OutreachKind Classify(string subject, string? bodyText)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var opening = bodyText is null ? string.Empty : bodyText[..Math.Min(bodyText.Length, 600)];
        foreach (var text in new[] { subject, opening })
        {
            foreach (var (kind, words) in Cues)
            {
                if (words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)))
                {
                    return kind;
                }
            }
        }

        return OutreachKind.Other;
    }
}
