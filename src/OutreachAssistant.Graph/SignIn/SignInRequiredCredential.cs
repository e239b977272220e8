using Azure.Core;
using Azure.Identity;

namespace OutreachAssistant.Graph.SignIn;

/// <summary>Stands in until someone runs <c>outreach login</c>: every token request says sign-in is needed.</summary>
internal sealed class SignInRequiredCredential : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        throw new AuthenticationRequiredException("Nobody has signed in yet: run `outreach login`.", requestContext);

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        throw new AuthenticationRequiredException("Nobody has signed in yet: run `outreach login`.", requestContext);
}
