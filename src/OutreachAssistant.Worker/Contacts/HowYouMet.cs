using OutreachAssistant.Core.Detection;

namespace OutreachAssistant.Worker.Contacts;

/// <summary>The tracker's "how you met" column: what the first outreach to the contact was, in words.</summary>
public static class HowYouMet
{
    public static string Of(OutreachKind kind) => kind switch
    {
        OutreachKind.ConferenceFollowUp => "met at a conference",
        OutreachKind.Mentorship => "mentorship request",
        OutreachKind.Elective => "elective or observership request",
        OutreachKind.ProgramInterest => "interest in their program",
        OutreachKind.Research => "research inquiry",
        OutreachKind.ThankYou => "thank-you note",
        OutreachKind.Update => "update",
        _ => "cold email",
    };
}
