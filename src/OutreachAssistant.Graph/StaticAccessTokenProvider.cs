using Microsoft.Kiota.Abstractions.Authentication;

namespace OutreachAssistant.Graph;

/// <summary>
/// Hands out one bearer token, for the sandbox and for a token given by the user. Kiota's Azure provider
/// would silently send no token to a host outside Graph's own, so the allowed host is named here.
/// </summary>
public sealed class StaticAccessTokenProvider(string token, Uri baseUrl) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([baseUrl.Host]);

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(AllowedHostsValidator.IsUrlHostValid(uri) ? token : string.Empty);
}
