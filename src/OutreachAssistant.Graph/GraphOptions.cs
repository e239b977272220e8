namespace OutreachAssistant.Graph;

/// <summary>How the service reaches Microsoft Graph. Bound from <c>Graph</c>.</summary>
public sealed class GraphOptions
{
    /// <summary>The configuration section these settings are bound from.</summary>
    public const string SectionName = "Graph";

    /// <summary><c>Sandbox</c> or <c>Remote</c> (sign-in from <c>Auth</c>). <value>Default: Sandbox.</value></summary>
    public GraphConnectionMode Mode { get; set; } = GraphConnectionMode.Sandbox;

    /// <summary>The Graph endpoint for <c>Remote</c>. <value>Default: https://graph.microsoft.com/v1.0.</value></summary>
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>
    /// A bearer token, used when <c>Auth:Mode</c> is <c>AccessToken</c>; give it in the environment (<c>Graph__AccessToken</c>), never in appsettings.json.
    /// <value>Default: none.</value>
    /// </summary>
    public string? AccessToken { get; set; }

    /// <summary>Messages per page asked for with <c>Prefer: odata.maxpagesize</c>. <value>Default: 50.</value></summary>
    public int PageSize { get; set; } = 50;
}
