using OutreachAssistant.Graph.Resilience;

namespace OutreachAssistant.Graph.Tests.Resilience;

/// <summary>
/// The HttpClient's timeout spans our whole retry layer; the factory's 100 seconds would cut a 90-second
/// Retry-After and its retry short, so there is none unless one is configured.
/// </summary>
public sealed class GraphHttpClientTimeoutTests
{
    [Fact]
    public void CreateHttpClient_NoRequestTimeout_NoOverallLimitOnRetriesAndWaits()
    {
        using var client = GraphClients.CreateHttpClient(new GraphResilienceOptions(), TimeProvider.System);

        Assert.Equal(Timeout.InfiniteTimeSpan, client.Timeout);
    }

    [Fact]
    public void CreateHttpClient_RequestTimeoutConfigured_IsTheHttpClientsTimeout()
    {
        using var client = GraphClients.CreateHttpClient(new GraphResilienceOptions { RequestTimeout = TimeSpan.FromMinutes(20) }, TimeProvider.System);

        Assert.Equal(TimeSpan.FromMinutes(20), client.Timeout);
    }
}
