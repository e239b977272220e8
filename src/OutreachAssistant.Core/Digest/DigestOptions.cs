namespace OutreachAssistant.Core.Digest;

/// <summary>The weekly digest: one message in the Inbox that the user reads in Outlook, made by the service and never sent.</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <value>Default: true.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>The day of the week the digest comes, at the start of that day's working hours (the next working day's when it is not one).</summary>
    /// <value>Default: Monday.</value>
    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;

    /// <summary>The subject's opening words; the week's figures follow them.</summary>
    /// <value>Default: "Your outreach week".</value>
    public string Subject { get; set; } = "Your outreach week";
}
