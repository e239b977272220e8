using System.Collections.Concurrent;
using Azure.Core;

namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>Issues a fixed token and remembers every scope it was asked for; no network.</summary>
public sealed class FakeCredential(string token) : TokenCredential
{
    private readonly ConcurrentQueue<string> scopes = new();

    public IReadOnlyList<string> RequestedScopes => [.. scopes];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        foreach (var scope in requestContext.Scopes)
        {
            scopes.Enqueue(scope);
        }

        return new AccessToken(token, DateTimeOffset.MaxValue);
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
