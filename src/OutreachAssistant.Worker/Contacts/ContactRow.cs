namespace OutreachAssistant.Worker.Contacts;

/// <summary>
/// One row of the guides' tracker (psychiatry guide, "Following Up After Conferences"): who, their role and
/// institution, how you met, what you discussed, first and last contact and who wrote last, how many answers,
/// where it stands and what comes next. Times are on the mailbox's clock.
/// </summary>
/// <param name="Mailbox">The mailbox the threads are in.</param>
/// <param name="Name">As they sign, else as their address displays them; empty when neither is known.</param>
/// <param name="Address">Their address.</param>
/// <param name="Role">From their signature; null when none was read.</param>
/// <param name="Institution">From their signature, else the domain of their address.</param>
/// <param name="HowYouMet">The first outreach's kind, in words ("met at a conference", "mentorship request"...).</param>
/// <param name="Discussed">The outreach subjects, oldest first.</param>
/// <param name="FirstContact">The first outreach, or earlier mail between you.</param>
/// <param name="LastContact">The latest message either way (automatic replies and bounces are not contact).</param>
/// <param name="LastFrom"><c>you</c> or <c>them</c> (the contact, or a colleague answering in the conversation).</param>
/// <param name="Replies">Answers by a person, in all the contact's threads.</param>
/// <param name="State">The thread's state that decides what comes next, as <c>status</c> names it.</param>
/// <param name="NextAction">What comes next, in words.</param>
/// <param name="NextActionAt">When; null when nothing is planned.</param>
/// <param name="Why">The plan's reason, as <c>status</c> gives it.</param>
/// <param name="Threads">The ids of the contact's threads, oldest first.</param>
public sealed record ContactRow(
    string Mailbox,
    string Name,
    string Address,
    string? Role,
    string? Institution,
    string HowYouMet,
    string Discussed,
    DateTimeOffset FirstContact,
    DateTimeOffset LastContact,
    string LastFrom,
    int Replies,
    string State,
    string NextAction,
    DateTimeOffset? NextActionAt,
    string Why,
    IReadOnlyList<string> Threads);
