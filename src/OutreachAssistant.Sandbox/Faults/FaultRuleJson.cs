using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutreachAssistant.Sandbox.Faults;

/// <summary>A pending rule as <c>GET /admin/faults</c> lists it; <c>remaining</c> -1 never runs out.</summary>
internal static class FaultRuleJson
{
    public static JsonNode Write(FaultRule rule)
    {
        var json = new JsonObject
        {
            ["kind"] = JsonNamingPolicy.CamelCase.ConvertName(rule.Kind.ToString()),
            ["mailbox"] = rule.Mailbox,
            ["method"] = rule.Method,
            ["path"] = rule.PathContains,
            ["remaining"] = rule.Remaining ?? -1,
            ["probability"] = rule.Probability,
            ["seed"] = rule.Seed,
        };
        if (rule.Kind == FaultKind.Error)
        {
            json["status"] = rule.Status;
            json["code"] = rule.Code;
            json["retryAfter"] = rule.RetryAfterSeconds;
            json["retryAfterDate"] = rule.RetryAfterDate;
        }
        else if (rule.Kind == FaultKind.Slow)
        {
            json["delayMs"] = (int)rule.Delay.TotalMilliseconds;
        }

        return json;
    }
}
