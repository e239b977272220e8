namespace OutreachAssistant.Core.FollowUps;

/// <summary>
/// Updates to contacts who answered. The guides: keep mentors updated one to two times a year, and do not
/// go silent for a year and then ask for a favour. Bound from <c>FollowUps:KeepInTouch</c>.
/// </summary>
public sealed class KeepInTouchOptions
{
    /// <summary>Whether answered contacts get keep-in-touch drafts at all. <value>Default: true.</value></summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long all must have been quiet with the contact (no message either way, no keep-in-touch draft) before one is suggested. <value>Default: 182 days.</value></summary>
    public TimeSpan After { get; set; } = TimeSpan.FromDays(182);

    /// <summary>
    /// How long after its due time an update may still be drafted. Past that (a contact quiet for years when
    /// the mailbox is first synced), no update is suggested: a flood of them on the first day would read as a
    /// mass mail. <value>Default: 60 days.</value>
    /// </summary>
    public TimeSpan TooLateAfter { get; set; } = TimeSpan.FromDays(60);

    /// <summary>
    /// How many keep-in-touch drafts the whole mailbox may get in any 24 hours; the rest wait their turn.
    /// Updates are never urgent, and a dozen on one morning would read as a mass mail. <value>Default: 3.</value>
    /// </summary>
    public int MaxPerDay { get; set; } = 3;

    /// <summary>How many keep-in-touch drafts one contact may get in any 365 days (1–2). <value>Default: 2.</value></summary>
    public int MaxPerYear { get; set; } = 2;
}
