using System.Text.Json.Nodes;
using OutreachAssistant.Sandbox.Graph;
using OutreachAssistant.Sandbox.Graph.Writes;

namespace OutreachAssistant.Sandbox.Faults;

/// <summary>Reads the body of <c>POST /admin/faults</c>; a typo is a 400, not a rule that silently never fires.</summary>
internal static class FaultRuleParser
{
    private static readonly string[] Fields =
    [
        "kind", "mailbox", "method", "path", "count", "probability", "seed",
        "status", "code", "message", "retryAfter", "retryAfterDate", "delayMs",
    ];

    public static FaultRule Parse(JsonObject body)
    {
        if (body.Select(p => p.Key).FirstOrDefault(k => !Fields.Contains(k)) is { } unknown)
        {
            throw GraphException.BadRequest($"Unknown fault field '{unknown}'; the fields are {string.Join(", ", Fields)}.");
        }

        var kind = body["kind"] is { } k ? Kind(JsonReader.String(k, "kind")) : FaultKind.Error;
        var status = body["status"] is { } s ? Integer(s, "status", 100, 599) : 429;
        var code = body["code"] is { } c ? JsonReader.String(c, "code") : FaultDefaults.Code(status);
        var retryAfter = body["retryAfter"] is { } r ? Integer(r, "retryAfter", 0, int.MaxValue) : (int?)null;
        var retryAfterDate = body["retryAfterDate"] is { } d && JsonReader.Boolean(d, "retryAfterDate");
        var delayMs = body["delayMs"] is { } ms ? Integer(ms, "delayMs", 0, int.MaxValue) : (int?)null;
        if (retryAfterDate && retryAfter is null)
        {
            throw GraphException.BadRequest("'retryAfterDate' needs 'retryAfter' seconds.");
        }

        if (kind == FaultKind.Slow && delayMs is null)
        {
            throw GraphException.BadRequest("A 'slow' fault needs 'delayMs'.");
        }

        return new FaultRule(body["seed"] is { } seed ? Integer(seed, "seed", int.MinValue, int.MaxValue) : 1, Count(body["count"]))
        {
            Kind = kind,
            Mailbox = Optional(body, "mailbox"),
            Method = Optional(body, "method"),
            PathContains = Optional(body, "path"),
            Probability = body["probability"] is { } p ? Probability(p) : 1,
            Status = status,
            Code = code,
            Message = Optional(body, "message") ?? FaultDefaults.Message(code),
            RetryAfterSeconds = retryAfter,
            RetryAfterDate = retryAfterDate,
            Delay = TimeSpan.FromMilliseconds(delayMs ?? 0),
        };
    }

    private static FaultKind Kind(string text) =>
        Enum.TryParse<FaultKind>(text, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !char.IsDigit(text[0])
            ? kind
            : throw GraphException.BadRequest($"Unknown fault kind '{text}'; use error, slow, timeout, malformedJson or commitFailure.");

    /// <summary>Default 1; -1 or "forever" never runs out.</summary>
    private static int? Count(JsonNode? node) => node switch
    {
        null => 1,
        JsonValue v when v.TryGetValue<string>(out var text) => text.Equals("forever", StringComparison.OrdinalIgnoreCase)
            ? null
            : throw GraphException.BadRequest($"Invalid 'count' '{text}': use a positive number, -1 or \"forever\"."),
        _ => Integer(node, "count", -1, int.MaxValue) switch
        {
            -1 => null,
            0 => throw GraphException.BadRequest("Invalid 'count' 0: use a positive number, -1 or \"forever\"."),
            var n => n,
        },
    };

    private static double Probability(JsonNode node)
    {
        var p = JsonReader.Number(node, "probability");
        return p is >= 0 and <= 1 ? p : throw GraphException.BadRequest($"Invalid 'probability' {p}: use 0..1.");
    }

    private static int Integer(JsonNode node, string name, int min, int max)
    {
        var number = JsonReader.Number(node, name);
        return number >= min && number <= max && Math.Floor(number) == number
            ? (int)number
            : throw GraphException.BadRequest($"Invalid '{name}' {number}: use a whole number from {min} to {max}.");
    }

    private static string? Optional(JsonObject body, string name) =>
        body[name] is { } node ? JsonReader.String(node, name) : null;
}
