using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace OutreachAssistant.Graph;

/// <summary>Builds Graph SDK clients with the SDK's own handler pipeline (retry, redirect, compression).</summary>
public static class GraphClients
{
    public static GraphServiceClient Create(Uri baseUrl, IAccessTokenProvider tokens)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var httpClient = GraphClientFactory.Create(version: "v1.0", nationalCloud: GraphClientFactory.Global_Cloud);
        return new GraphServiceClient(httpClient, new BaseBearerTokenAuthenticationProvider(tokens), baseUrl.ToString().TrimEnd('/'));
    }
}
