using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OutreachAssistant.Sandbox.Graph;
using OutreachAssistant.Sandbox.Graph.Writes;

namespace OutreachAssistant.Sandbox.Faults;

/// <summary>
/// Injected errors (429 with Retry-After, 503, 504, 403...) for testing a client's retry and error handling.
/// Kept in memory only: a restart clears them. Callers hold the sandbox's request gate.
/// </summary>
internal sealed class FaultInjector
{
    private readonly List<FaultRule> rules = [];

    public void Add(JsonObject body)
    {
        var status = body["status"] is { } s ? (int)JsonReader.Number(s, "status") : 429;
        var (code, message) = Defaults(status);
        rules.Add(new FaultRule(
            status,
            body["code"] is { } c ? JsonReader.String(c, "code") : code,
            body["message"] is { } m ? JsonReader.String(m, "message") : message,
            body["retryAfter"] is { } r ? (int)JsonReader.Number(r, "retryAfter") : null,
            body["count"] is { } n ? (int)JsonReader.Number(n, "count") : 1,
            body["method"] is { } method ? JsonReader.String(method, "method") : null,
            body["path"] is { } path ? JsonReader.String(path, "path") : null));
    }

    public void Clear() => rules.Clear();

    public JsonObject Describe() => new()
    {
        ["value"] = new JsonArray([.. rules.Select(r => (JsonNode)new JsonObject
        {
            ["status"] = r.Status, ["code"] = r.Code, ["remaining"] = r.Remaining, ["method"] = r.Method, ["path"] = r.PathContains,
        })]),
    };

    /// <summary>Throws the first matching fault, counting it down.</summary>
    public void ThrowIfFaulted(HttpContext context)
    {
        var request = context.Request;
        var index = rules.FindIndex(r =>
            (r.Method is null || r.Method.Equals(request.Method, StringComparison.OrdinalIgnoreCase))
            && (r.PathContains is null || (request.Path.Value ?? "").Contains(r.PathContains, StringComparison.OrdinalIgnoreCase)));
        if (index < 0)
        {
            return;
        }

        var rule = rules[index];
        if (rule.Remaining <= 1)
        {
            rules.RemoveAt(index);
        }
        else
        {
            rules[index] = rule with { Remaining = rule.Remaining - 1 };
        }

        if (rule.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        throw new GraphException(rule.Status, rule.Code, rule.Message);
    }

    private static (string Code, string Message) Defaults(int status) => status switch
    {
        429 => ("ApplicationThrottled", "Application is over its MailboxConcurrency limit."),
        403 => ("ErrorAccessDenied", "Access is denied. Check credentials and try again."),
        503 => ("ServiceUnavailable", "The service is temporarily unavailable."),
        504 => ("GatewayTimeout", "The gateway timed out."),
        _ => ("generalException", "Injected fault."),
    };
}
