namespace OutreachAssistant.Graph;

/// <summary>
/// Asks for immutable ids on every request. Outlook ids otherwise change when a message moves, and "This header
/// only applies to the request it is included with. If you want to always use immutable IDs, you must include
/// this header with every API request" (learn.microsoft.com/graph/outlook-immutable-id).
/// </summary>
public sealed class ImmutableIdHandler : DelegatingHandler
{
    public const string Preference = "IdType=\"ImmutableId\"";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Headers.TryGetValues("Prefer", out var values) || !values.Any(v => v.Contains("IdType", StringComparison.OrdinalIgnoreCase)))
        {
            request.Headers.TryAddWithoutValidation("Prefer", Preference);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
