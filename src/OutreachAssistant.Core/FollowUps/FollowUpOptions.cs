namespace OutreachAssistant.Core.FollowUps;

/// <summary>
/// When follow-ups are due. The guides: wait one to two weeks before one gentle follow-up, and
/// repeated follow-ups within days strain the relationship. Bound from <c>FollowUps</c>.
/// </summary>
public sealed class FollowUpOptions
{
    /// <summary>The configuration section these settings are bound from.</summary>
    public const string SectionName = "FollowUps";

    /// <summary>How long after the last unanswered outbound message a follow-up is due. <value>Default: 10 days.</value></summary>
    public TimeSpan FirstFollowUpAfter { get; set; } = TimeSpan.FromDays(10);

    /// <summary>The least time between two follow-ups to one thread, the user's own included. <value>Default: 14 days.</value></summary>
    public TimeSpan MinimumGap { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How many follow-ups one thread may get, the user's own included. <value>Default: 1.</value></summary>
    public int MaxFollowUps { get; set; } = 1;

    /// <summary>
    /// How long after its due time a follow-up may still be drafted; later, the thread is moved on. A follow-up
    /// to a months-old email reads oddly, and the first sync of an old mailbox must not fill the Inbox with them.
    /// <value>Default: 14 days.</value>
    /// </summary>
    public TimeSpan TooLateAfter { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// How long an automatic reply that names no return date pauses the thread, from its arrival.
    /// <value>Default: 7 days.</value>
    /// </summary>
    public TimeSpan OutOfOfficePause { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Settings per outreach kind (<c>thank-you</c>, <c>update</c>, <c>mentorship</c>, ...), over the ones above.
    /// <value>Default: <c>thank-you</c> and <c>update</c> get no follow-up (MaxFollowUps 0).</value>
    /// </summary>
    public IDictionary<string, FollowUpKindOptions> Kinds { get; init; } = new Dictionary<string, FollowUpKindOptions>(StringComparer.OrdinalIgnoreCase)
    {
        // A thank-you note or an update asks nothing, so a follow-up to it would be pushy.
        ["thank-you"] = new() { MaxFollowUps = 0 },
        ["update"] = new() { MaxFollowUps = 0 },
    };

    /// <summary>
    /// How many new drafts (follow-ups and updates) a mailbox gets in a day; the rest wait their turn. The first run
    /// on a mailbox with a backlog must not fill the Inbox at once. <value>Default: 5, the mass-mail rule's daily figure.</value>
    /// </summary>
    public int MaxPerDay { get; set; } = 5;

    /// <summary>The category that stops a thread for good, put on any of its messages in Outlook. <value>Default: "Outreach: stop".</value></summary>
    public string StopCategory { get; set; } = DefaultStopCategory;

    /// <summary>
    /// How many working days an answer may wait for the user's reply before it is marked as their turn. Leaving a
    /// program director's answer unanswered is the costliest miss an applicant can make. <value>Default: 2.</value>
    /// </summary>
    public int YourTurnAfter { get; set; } = 2;

    /// <summary>The category put on an answer waiting for the user, taken off once they reply. <value>Default: "Outreach: your turn".</value></summary>
    public string YourTurnCategory { get; set; } = DefaultYourTurnCategory;

    public const string DefaultStopCategory = "Outreach: stop";

    public const string DefaultYourTurnCategory = "Outreach: your turn";

    /// <summary>Updates to contacts who answered, months later. <value>Default: after 182 days of quiet, at most twice a year.</value></summary>
    public KeepInTouchOptions KeepInTouch { get; init; } = new();

    /// <summary>How many follow-ups a thread of this kind may get (kebab-case kind name).</summary>
    public int MaxFollowUpsFor(string kind) =>
        Kinds.FirstOrDefault(k => string.Equals(k.Key, kind, StringComparison.OrdinalIgnoreCase)).Value?.MaxFollowUps ?? MaxFollowUps;
}
