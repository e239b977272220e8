namespace OutreachAssistant.Graph;

/// <summary>
/// The handler that puts Graph requests on the wire. Left empty the SDK chooses its own; a test may give
/// one that records what crosses the wire, so the real client is observed rather than replaced.
/// </summary>
public sealed class GraphTransport
{
    public Func<HttpMessageHandler>? CreateHandler { get; init; }
}
