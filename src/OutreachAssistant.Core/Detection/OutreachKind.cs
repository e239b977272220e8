namespace OutreachAssistant.Core.Detection;

/// <summary>What an outreach message is for; the kind picks the follow-up template and policy.</summary>
public enum OutreachKind
{
    Other,
    Mentorship,
    Elective,
    ProgramInterest,
    Research,
    ConferenceFollowUp,
    ThankYou,
    Update,
}
