using System.Collections.Concurrent;

namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>
/// The wire under the real Graph client: records the Prefer headers of every request and, to play a version
/// made before immutable ids, can take the IdType preference out before the request leaves.
/// </summary>
public sealed class PreferWire(bool dropImmutableIds = false) : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentQueue<(string Request, string Prefer)> seen = new();

    public IReadOnlyList<(string Request, string Prefer)> Seen => [.. seen];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prefer = request.Headers.TryGetValues("Prefer", out var values) ? values.ToList() : [];
        if (dropImmutableIds)
        {
            request.Headers.Remove("Prefer");
            foreach (var value in prefer.Where(v => !v.Contains("IdType", StringComparison.OrdinalIgnoreCase)))
            {
                request.Headers.TryAddWithoutValidation("Prefer", value);
            }
        }

        seen.Enqueue(($"{request.Method} {request.RequestUri?.AbsolutePath}", string.Join(", ", prefer)));
        return base.SendAsync(request, cancellationToken);
    }
}
