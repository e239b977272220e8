using Azure.Core;
using Microsoft.Kiota.Abstractions.Authentication;

namespace OutreachAssistant.Graph.SignIn;

/// <summary>Gets Graph tokens from an Azure.Identity credential, for the configured Graph host only.</summary>
public sealed class CredentialAccessTokenProvider(TokenCredential credential, IReadOnlyList<string> scopes, Uri baseUrl) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([baseUrl.Host]);

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        if (!AllowedHostsValidator.IsUrlHostValid(uri))
        {
            return string.Empty;
        }

        var token = await credential.GetTokenAsync(new TokenRequestContext([.. scopes]), cancellationToken);
        return token.Token;
    }
}
