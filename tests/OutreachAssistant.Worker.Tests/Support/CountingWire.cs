using System.Collections.Concurrent;

namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>The real HTTP handler, counting what crosses it: every Graph request by method and the shape of its path (ids left out).</summary>
public sealed class CountingWire() : DelegatingHandler(new HttpClientHandler())
{
    private readonly ConcurrentQueue<string> requests = new();

    public IReadOnlyList<string> Requests => [.. requests];

    public int Writes => requests.Count(r => !r.StartsWith("GET ", StringComparison.Ordinal));

    public void Reset() => requests.Clear();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        requests.Enqueue($"{request.Method} {Shape(request.RequestUri)}");
        return base.SendAsync(request, cancellationToken);
    }

    /// <summary>e.g. <c>/me/messages/{id}/createReply</c>: a segment holding a long id is named <c>{id}</c>.</summary>
    private static string Shape(Uri? uri) =>
        uri is null ? "?" : string.Join('/', uri.AbsolutePath.Split('/').Select(s => s.Length > 24 ? "{id}" : s));
}
