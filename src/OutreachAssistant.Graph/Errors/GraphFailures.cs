using Azure.Identity;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace OutreachAssistant.Graph.Errors;

/// <summary>Names the failures of a Graph request by kind; anything else (a bug of ours, a full disk) is left as it is.</summary>
public static class GraphFailures
{
    public static GraphFailureException? Translate(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            GraphFailureException known => known,
            AuthenticationRequiredException or CredentialUnavailableException or AuthenticationFailedException =>
                new(GraphFailureKind.SignInNeeded, "sign-in is needed", exception),
            ODataError error => FromAnswer(error, error.ResponseStatusCode, error.Error?.Code),
            ApiException api => FromAnswer(api, api.ResponseStatusCode, null),
            BrokenCircuitException => new(GraphFailureKind.Paused, "paused after repeated failures", exception),
            AggregateException { InnerException: { } inner } => Translate(inner),
            HttpRequestException http => new(GraphFailureKind.Unreachable, $"Graph could not be reached ({http.HttpRequestError})", exception),
            TimeoutRejectedException => new(GraphFailureKind.TimedOut, "Graph did not answer in time", exception),

            // HttpClient's own timeout (Graph:Resilience:RequestTimeout) cancels with a TimeoutException inside.
            TaskCanceledException { InnerException: TimeoutException } => new(GraphFailureKind.TimedOut, "Graph did not answer within the request timeout", exception),
            System.Text.Json.JsonException => new(GraphFailureKind.Malformed, "Graph sent a body that is not valid JSON", exception),
            _ => null,
        };
    }

    private static GraphFailureException FromAnswer(Exception exception, int status, string? code)
    {
        var kind = status switch
        {
            401 => GraphFailureKind.SignInNeeded,
            403 => GraphFailureKind.AccessDenied,
            404 => GraphFailureKind.NotFound,
            410 => GraphFailureKind.SyncStateLost,
            _ when string.Equals(code, "SyncStateNotFound", StringComparison.OrdinalIgnoreCase)
                || string.Equals(code, "resyncRequired", StringComparison.OrdinalIgnoreCase) => GraphFailureKind.SyncStateLost,
            _ => GraphFailureKind.Refused,
        };
        return new(kind, code is null ? $"Graph answered {status}" : $"Graph answered {status} {code}", exception, status, code);
    }
}
