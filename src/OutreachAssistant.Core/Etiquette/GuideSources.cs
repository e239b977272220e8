namespace OutreachAssistant.Core.Etiquette;

/// <summary>The guide sections the rules cite; the catalogue in <c>seeds/rules</c> names the same ones.</summary>
public static class GuideSources
{
    public const string PediatricsEmailOutreach = "Pediatrics guide, Strategy 1: Intentional Email Outreach to Programs";
    public const string PediatricsBoundaries = "Pediatrics guide, Pitfall 4: Ignoring Boundaries and Time";
    public const string PediatricsOversharing = "Pediatrics guide, Pitfall 3: Oversharing or Being Overly Casual";
    public const string PediatricsBeforeApplications = "Pediatrics guide, Before Applications Open";
    public const string PediatricsVagueGoals = "Pediatrics guide, Pitfall 2: Being Vague About Your Goals";
    public const string PediatricsEmailProfessionalism = "Pediatrics guide, Step 2: Build a Professional Online Presence";
    public const string PsychiatryEmailingPrograms = "Psychiatry guide, Emailing Programs Strategically (Without Spamming)";
    public const string PsychiatrySampleEmails = "Psychiatry guide, Finding Mentors from Abroad (sample initial email for mentorship)";
}
