using Microsoft.Kiota.Abstractions;

namespace OutreachAssistant.Graph.Resilience;

/// <summary>
/// Names the mailbox a request is for, so that every request of a mailbox shares one lane even when Graph's
/// own links spell the mailbox differently (an id where the settings gave an address).
/// </summary>
public sealed class MailboxLaneOption(string mailbox) : IRequestOption
{
    public string Mailbox { get; } = mailbox;

    public static string? From(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(new HttpRequestOptionsKey<IRequestOption>(typeof(MailboxLaneOption).FullName!), out var option)
            && option is MailboxLaneOption lane
            ? lane.Mailbox
            : null;
    }
}
