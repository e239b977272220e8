using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OutreachAssistant.Sandbox.Faults;
using OutreachAssistant.Sandbox.Graph.Writes;

namespace OutreachAssistant.Sandbox.Graph.Batch;

/// <summary>
/// <c>POST /v1.0/$batch</c>: up to 20 requests, run in order through the normal handler (each can fail or be
/// throttled on its own); a request whose <c>dependsOn</c> failed gets 424. The batch itself answers 200.
/// </summary>
internal static class BatchEndpoint
{
    private const int MaxRequests = 20;

    public static async Task HandleAsync(HttpContext context, Func<HttpContext, Task> handle)
    {
        if (context.Request.Method != "POST")
        {
            throw new GraphException(405, "ErrorInvalidRequest", "$batch accepts POST only.");
        }

        var requests = await ReadRequestsAsync(context);
        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        var responses = new JsonArray();
        foreach (var request in requests)
        {
            var id = JsonReader.String(request["id"], "requests.id");
            var dependsOn = request["dependsOn"] is { } d ? JsonReader.Strings(d, "requests.dependsOn") : [];
            var response = dependsOn.TrueForAll(dep => statuses.TryGetValue(dep, out var status) && status < 400)
                ? await RunAsync(context, request, handle)
                : FailedDependency();
            response["id"] = id;
            statuses[id] = (int)response["status"]!;
            responses.Add(response);
        }

        await JsonResponse.WriteAsync(context, new JsonObject { ["responses"] = responses });
    }

    private static async Task<List<JsonObject>> ReadRequestsAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = JsonNode.Parse(await reader.ReadToEndAsync(context.RequestAborted));
        var requests = (body?["requests"] as JsonArray)?.Select(r => r as JsonObject ?? throw GraphException.BadRequest("Each batch request must be an object.")).ToList()
            ?? throw GraphException.BadRequest("The batch body needs a 'requests' array.", "BadRequest");
        if (requests.Count > MaxRequests)
        {
            throw GraphException.BadRequest($"A batch holds at most {MaxRequests} requests.");
        }

        var ids = requests.Select(r => JsonReader.String(r["id"], "requests.id")).ToList();
        return ids.Distinct(StringComparer.Ordinal).Count() == ids.Count
            ? requests
            : throw GraphException.BadRequest("Batch request ids must be unique.");
    }

    private static async Task<JsonObject> RunAsync(HttpContext outer, JsonObject request, Func<HttpContext, Task> handle)
    {
        var inner = new DefaultHttpContext();
        FaultContext.EnterBatch(outer, inner);
        var url = JsonReader.String(request["url"], "requests.url").TrimStart('/');
        var query = url.IndexOf('?', StringComparison.Ordinal);
        inner.Request.Method = JsonReader.String(request["method"], "requests.method").ToUpperInvariant();
        inner.Request.Scheme = outer.Request.Scheme;
        inner.Request.Host = outer.Request.Host;
        inner.Request.Path = "/v1.0/" + (query < 0 ? url : url[..query]);
        inner.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(url[query..]);
        inner.Request.Headers.Authorization = outer.Request.Headers.Authorization;
        foreach (var (name, value) in request["headers"] as JsonObject ?? [])
        {
            inner.Request.Headers[name] = value?.ToString();
        }

        var body = request["body"] is { } b ? b.ToJsonString() : "";
        inner.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        using var responseBody = new MemoryStream();
        inner.Response.Body = responseBody;
        await handle(inner);

        var headers = new JsonObject();
        foreach (var name in new[] { "Content-Type", "Retry-After", "Preference-Applied", "Location" })
        {
            if (inner.Response.Headers.TryGetValue(name, out var value))
            {
                headers[name] = value.ToString();
            }
        }

        var response = new JsonObject { ["status"] = inner.Response.StatusCode, ["headers"] = headers };
        if (responseBody.Length > 0)
        {
            response["body"] = JsonNode.Parse(responseBody.ToArray());
        }

        return response;
    }

    private static JsonObject FailedDependency() => new()
    {
        ["status"] = 424,
        ["body"] = new JsonObject
        {
            ["error"] = new JsonObject { ["code"] = "FailedDependency", ["message"] = "A request this one depends on failed." },
        },
    };
}
