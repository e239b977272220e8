using System.Net;

namespace OutreachAssistant.Worker.Configuration;

/// <summary>Where the service answers health probes and metric scrapes. Bound from <c>Health</c>.</summary>
public sealed class HealthOptions
{
    /// <summary>The configuration section these settings are bound from.</summary>
    public const string SectionName = "Health";

    /// <summary>
    /// <c>http://ADDRESS:PORT</c> on which <c>outreach run</c> serves <c>/healthz/live</c>, <c>/healthz/ready</c> and
    /// <c>/metrics</c>: an IP address (<c>127.0.0.1</c>, or <c>0.0.0.0</c> for a pod's probes) or <c>localhost</c>, and a
    /// port. Empty serves nothing. <value>Default: empty (off).</value>
    /// </summary>
    public string? Url { get; set; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Url);

    /// <summary>The address and port to listen on, or null when <see cref="Url"/> is not one this service can serve.</summary>
    public static IPEndPoint? EndPointOf(string? url)
    {
        var text = url?.Trim() ?? string.Empty;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttp

            // The port written out, even 80: one left to the scheme's default is too easily a mistake.
            || !text.TrimEnd('/').EndsWith(FormattableString.Invariant($":{uri.Port}"), StringComparison.Ordinal)
            || uri.Port is < 1 or > 65535
            || uri.AbsolutePath != "/"
            || uri.Query.Length > 0
            || uri.UserInfo.Length > 0)
        {
            return null;
        }

        if (uri.IsLoopback && uri.HostNameType == UriHostNameType.Dns)
        {
            return new IPEndPoint(IPAddress.Loopback, uri.Port);
        }

        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) ? new IPEndPoint(address, uri.Port) : null;
    }
}
