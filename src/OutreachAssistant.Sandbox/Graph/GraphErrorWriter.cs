using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OutreachAssistant.Sandbox.Graph;

/// <summary>Writes <c>{"error":{"code","message","innerError":{...}}}</c> like Graph, for every 4xx/5xx.</summary>
internal static class GraphErrorWriter
{
    public static Task WriteAsync(HttpContext context, TimeProvider clock, int status, string code, string message)
    {
        var response = context.Response;
        var retryAfter = response.Headers.RetryAfter;
        response.Clear();
        response.Headers.RetryAfter = retryAfter;
        response.StatusCode = status;
        var requestId = RequestIds.Ensure(context);
        var error = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject
                {
                    ["date"] = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                    ["request-id"] = requestId.RequestId,
                    ["client-request-id"] = requestId.ClientRequestId,
                },
            },
        };
        return JsonResponse.WriteAsync(context, error);
    }
}
