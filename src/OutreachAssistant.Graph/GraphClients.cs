using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using OutreachAssistant.Graph.Errors;
using OutreachAssistant.Graph.Resilience;

namespace OutreachAssistant.Graph;

/// <summary>
/// Builds Graph SDK clients with the SDK's handler pipeline (redirects, compression, headers) minus its
/// retry handler, and our per-mailbox resilience handler next to the wire instead: one retry layer, not two.
/// Every request asks for immutable ids, so a message keeps its id when it moves. Every failure of a request comes
/// out as a <see cref="GraphFailureException"/> (<see cref="TranslatingRequestAdapter"/>).
/// </summary>
public static class GraphClients
{
    // transport: what finally sends requests; null for the SDK's own. Tests pass one that watches the wire.
    public static GraphServiceClient Create(Uri baseUrl, IAuthenticationProvider authentication, GraphResilienceOptions resilience, TimeProvider time, HttpMessageHandler? transport = null)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var adapter = new BaseGraphRequestAdapter(authentication, httpClient: CreateHttpClient(resilience, time, transport));
        return new GraphServiceClient(new TranslatingRequestAdapter(adapter), baseUrl.ToString().TrimEnd('/'));
    }

    /// <summary>
    /// The HttpClient under the SDK. Its timeout spans our whole retry layer (every attempt and every
    /// Retry-After wait), so it is taken off: the factory's 100 seconds would cut a 90-second Retry-After
    /// and its retry short. Attempts keep their own limit (<see cref="GraphResilienceOptions.AttemptTimeout"/>).
    /// </summary>
    public static HttpClient CreateHttpClient(GraphResilienceOptions resilience, TimeProvider time, HttpMessageHandler? transport = null)
    {
        ArgumentNullException.ThrowIfNull(resilience);
        var handlers = GraphClientFactory.CreateDefaultHandlers().Where(h => h is not RetryHandler).ToList();
        handlers.Insert(0, new ImmutableIdHandler());
        handlers.Add(new MailboxResilienceHandler(resilience, time));
        var httpClient = GraphClientFactory.Create(handlers, version: "v1.0", nationalCloud: GraphClientFactory.Global_Cloud, finalHandler: transport);
        httpClient.Timeout = resilience.RequestTimeout ?? Timeout.InfiniteTimeSpan;
        return httpClient;
    }

    public static GraphServiceClient Create(Uri baseUrl, IAccessTokenProvider tokens, GraphResilienceOptions resilience, TimeProvider time, HttpMessageHandler? transport = null) =>
        Create(baseUrl, new BaseBearerTokenAuthenticationProvider(tokens), resilience, time, transport);
}
