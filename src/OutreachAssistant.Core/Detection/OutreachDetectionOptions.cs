namespace OutreachAssistant.Core.Detection;

/// <summary>Which sent messages count as outreach. Bound from <c>Outreach:Detection</c>.</summary>
public sealed class OutreachDetectionOptions
{
    /// <summary>The configuration section these settings are bound from.</summary>
    public const string SectionName = "Outreach:Detection";

    /// <summary>Domains that are always outreach targets. <value>Default: none.</value></summary>
    public IList<string> IncludeDomains { get; init; } = [];

    /// <summary>Domains never treated as outreach (family, own school, employer). <value>Default: none.</value></summary>
    public IList<string> ExcludeDomains { get; init; } = [];

    /// <summary>Addresses that are always outreach targets. <value>Default: none.</value></summary>
    public IList<string> IncludeAddresses { get; init; } = [];

    /// <summary>Addresses never treated as outreach. <value>Default: none.</value></summary>
    public IList<string> ExcludeAddresses { get; init; } = [];

    /// <summary>An Outlook category that makes a sent message outreach. <value>Default: "Outreach".</value></summary>
    public string IncludeCategory { get; set; } = "Outreach";

    /// <summary>
    /// Outlook categories that keep a sent message out.
    /// <value>Default: none; the shipped appsettings.json lists "Not outreach" and "Personal".</value>
    /// </summary>
    public IList<string> ExcludeCategories { get; init; } = [];

    /// <summary>
    /// Domains that count as the user's own organisation, so mail to them is internal.
    /// <value>Default: none; the mailbox's own domain is added unless it is a public mail provider.</value>
    /// </summary>
    public IList<string> InternalDomains { get; init; } = [];

    /// <summary>
    /// Public mail providers: sharing one with a recipient does not make the recipient internal. Settings add to this list.
    /// <value>Default: outlook.com, hotmail.com, live.com, gmail.com, yahoo.com, icloud.com, proton.me.</value>
    /// </summary>
    public IList<string> PublicMailDomains { get; init; } =
        ["outlook.com", "hotmail.com", "live.com", "gmail.com", "yahoo.com", "icloud.com", "proton.me"];
}
