using OutreachAssistant.Core.Etiquette;

namespace OutreachAssistant.Worker.Findings;

/// <summary>How etiquette findings on sent outreach reach the user in Outlook. Bound from <c>Findings</c>.</summary>
public sealed class FindingsOptions
{
    /// <summary>The configuration section these settings are bound from.</summary>
    public const string SectionName = "Findings";

    /// <summary>Whether findings become Outlook categories on the sent message. <value>Default: true.</value></summary>
    public bool TagSentMessages { get; set; } = true;

    /// <summary>The least severity that earns a category. <value>Default: Warning.</value></summary>
    public Severity MinimumSeverity { get; set; } = Severity.Warning;

    /// <summary>Put before each label, so the categories sort together in Outlook. <value>Default: "Outreach: ".</value></summary>
    public string CategoryPrefix { get; set; } = "Outreach: ";
}
