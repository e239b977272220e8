namespace OutreachAssistant.Core.Drafting;

/// <summary>How follow-up drafts are written and where they are left. Bound from <c>Drafts</c>.</summary>
public sealed class DraftingOptions
{
    /// <summary>The configuration section these settings are bound from.</summary>
    public const string SectionName = "Drafts";

    /// <summary>
    /// The signature under every draft; the guides ask for a consistent one (name, school, class year, contact).
    /// <value>Default: empty, so the draft ends with the closing line and the user signs.</value>
    /// </summary>
    public string Signature { get; set; } = string.Empty;

    /// <summary>
    /// The folder of draft templates (<c>default.hbs</c> and one per kind, e.g. <c>mentorship.hbs</c>), relative to the
    /// content root; the host reads it at start. <value>Default: seeds/templates.</value>
    /// </summary>
    public string TemplateDirectory { get; set; } = "seeds/templates";

    /// <summary>Where the finished draft is left: <c>Inbox</c> or <c>Drafts</c>. <value>Default: Inbox.</value></summary>
    public DraftDestination Destination { get; set; } = DraftDestination.Inbox;

    /// <summary>The Outlook category put on every follow-up draft, so the user can find and filter them. <value>Default: "Outreach follow-up".</value></summary>
    public string Category { get; set; } = "Outreach follow-up";

    /// <summary>The Outlook category on keep-in-touch update drafts, told apart from follow-ups. <value>Default: "Outreach keep in touch".</value></summary>
    public string KeepInTouchCategory { get; set; } = "Outreach keep in touch";

    /// <summary>
    /// The category added to a draft when a reply arrives before the user sent it, so they do not send it unseen.
    /// <value>Default: "Outreach: reply received".</value>
    /// </summary>
    public string StaleCategory { get; set; } = "Outreach: reply received";

    /// <summary>
    /// The category added to a draft when the user writes to the contact themselves before sending it: sent
    /// as well, it would be a second follow-up (or update) on the heels of the first.
    /// <value>Default: "Outreach: you wrote since".</value>
    /// </summary>
    public string SupersededCategory { get; set; } = "Outreach: you wrote since";

    /// <summary>Delete such a stale or superseded draft instead of marking it. <value>Default: false.</value></summary>
    public bool DeleteStaleDrafts { get; set; }
}
