using System.Net;
using Azure.Identity;
using Microsoft.Kiota.Abstractions.Authentication;
using OutreachAssistant.Graph.Errors;
using OutreachAssistant.Graph.Resilience;
using OutreachAssistant.Graph.Tests.Resilience;

namespace OutreachAssistant.Graph.Tests.Errors;

/// <summary>
/// Whatever a request through the SDK meets (Graph's error answers, a sign-in that fails, a network that is down)
/// comes out of the client as one exception of ours with a kind; a cancellation asked for stays a cancellation.
/// </summary>
public sealed class GraphFailureTranslationTests
{
    private static readonly Uri BaseUrl = new("https://graph.example/v1.0");

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, "InvalidAuthenticationToken", GraphFailureKind.SignInNeeded)]
    [InlineData(HttpStatusCode.Forbidden, "ErrorAccessDenied", GraphFailureKind.AccessDenied)]
    [InlineData(HttpStatusCode.NotFound, "ErrorItemNotFound", GraphFailureKind.NotFound)]
    [InlineData(HttpStatusCode.Gone, "SyncStateNotFound", GraphFailureKind.SyncStateLost)]
    [InlineData(HttpStatusCode.BadRequest, "resyncRequired", GraphFailureKind.SyncStateLost)]
    [InlineData(HttpStatusCode.BadRequest, "ErrorInvalidRequest", GraphFailureKind.Refused)]
    public async Task Request_GraphAnswersAnError_ItsKindAndCode(HttpStatusCode status, string code, GraphFailureKind kind)
    {
        var client = Client(new ScriptedWire(TimeProvider.System, (_, _) => Task.FromResult(Answer(status, code))));

        var failure = await Assert.ThrowsAsync<GraphFailureException>(() => client.Me.Messages.GetAsync());

        Assert.Equal((kind, (int)status, code), (failure.Kind, failure.StatusCode, failure.Code));
    }

    [Fact]
    public async Task Request_NetworkDown_Unreachable()
    {
        var client = Client(new ScriptedWire(TimeProvider.System, (_, _) => throw new HttpRequestException("refused", null, HttpStatusCode.ServiceUnavailable)));

        var failure = await Assert.ThrowsAsync<GraphFailureException>(() => client.Me.Messages.GetAsync());

        Assert.Equal(GraphFailureKind.Unreachable, failure.Kind);
    }

    [Fact]
    public async Task Request_SignInFails_SignInNeeded()
    {
        var wire = new ScriptedWire(TimeProvider.System, (_, _) => Task.FromResult(ScriptedWire.Ok()));
        var client = GraphClients.Create(BaseUrl, new FailingTokens(), Options, TimeProvider.System, wire);

        var failure = await Assert.ThrowsAsync<GraphFailureException>(() => client.Me.Messages.GetAsync());

        Assert.Equal(GraphFailureKind.SignInNeeded, failure.Kind);
        Assert.Empty(wire.Sent);
    }

    [Fact]
    public async Task Request_Cancelled_StaysACancellation()
    {
        using var cancel = new CancellationTokenSource();
        var client = Client(new ScriptedWire(TimeProvider.System, async (_, _) =>
        {
            await cancel.CancelAsync();
            cancel.Token.ThrowIfCancellationRequested();
            return ScriptedWire.Ok();
        }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Me.Messages.GetAsync(cancellationToken: cancel.Token));
    }

    private static GraphResilienceOptions Options => new() { MaxRetries = 0 };

    private static Microsoft.Graph.GraphServiceClient Client(ScriptedWire wire) =>
        GraphClients.Create(BaseUrl, new StaticAccessTokenProvider("token", BaseUrl), Options, TimeProvider.System, wire);

    private static HttpResponseMessage Answer(HttpStatusCode status, string code) => new(status)
    {
        Content = new StringContent("{\"error\":{\"code\":\"" + code + "\",\"message\":\"as Graph words it\"}}", System.Text.Encoding.UTF8, "application/json"),
    };

    private sealed class FailingTokens : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            throw new AuthenticationFailedException("the refresh token has expired");
    }
}
