using Microsoft.Kiota.Abstractions.Authentication;

namespace OutreachAssistant.Sandbox.Tests.Infrastructure;

/// <summary>Hands the sandbox token to the SDK for the loopback host only.</summary>
public sealed class StaticTokenProvider(string token, string host) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([host]);

    public Task<string> GetAuthorizationTokenAsync(
        Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(AllowedHostsValidator.IsUrlHostValid(uri) ? token : "");
}
