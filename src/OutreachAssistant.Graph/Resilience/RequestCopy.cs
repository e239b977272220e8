namespace OutreachAssistant.Graph.Resilience;

/// <summary>A request held in memory, so each retry sends a fresh copy; an HttpRequestMessage can be sent only once.</summary>
internal sealed class RequestCopy
{
    private readonly HttpRequestMessage original;
    private readonly byte[]? body;

    private RequestCopy(HttpRequestMessage original, byte[]? body)
    {
        this.original = original;
        this.body = body;
    }

    public HttpMethod Method => original.Method;

    public static async Task<RequestCopy> CaptureAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        return new RequestCopy(request, body);
    }

    public HttpRequestMessage Create()
    {
        var copy = new HttpRequestMessage(original.Method, original.RequestUri) { Version = original.Version, VersionPolicy = original.VersionPolicy };
        foreach (var header in original.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var header in original.Content!.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return copy;
    }
}
