using Microsoft.Kiota.Abstractions;

namespace OutreachAssistant.Graph.Resilience;

/// <summary>
/// Names the mailbox a request is for, so that every request of a mailbox shares one lane even when Graph's
/// own links spell the mailbox differently (an id where the settings gave an address). Metrics name it by
/// <see cref="MetricsName"/>, our own short name, never the address.
/// </summary>
public sealed class MailboxLaneOption(string mailbox, string? metricsName = null) : IRequestOption
{
    public string Mailbox { get; } = mailbox;

    public string MetricsName { get; } = metricsName ?? GraphMetrics.UnnamedMailbox;

    public static string? From(HttpRequestMessage request) => Of(request)?.Mailbox;

    /// <summary>The request's mailbox as metrics name it.</summary>
    public static string MetricsNameOf(HttpRequestMessage request) => Of(request)?.MetricsName ?? GraphMetrics.UnnamedMailbox;

    private static MailboxLaneOption? Of(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(new HttpRequestOptionsKey<IRequestOption>(typeof(MailboxLaneOption).FullName!), out var option)
            ? option as MailboxLaneOption
            : null;
    }
}
