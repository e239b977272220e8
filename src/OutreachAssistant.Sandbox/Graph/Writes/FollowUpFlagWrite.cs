using System.Text.Json.Nodes;

namespace OutreachAssistant.Sandbox.Graph.Writes;

/// <summary>
/// A message's <c>flag</c> as a PATCH writes it (followupFlag): <c>flagStatus</c> one of notFlagged, complete, flagged;
/// dates as dateTimeTimeZone (<c>dateTime</c>, <c>timeZone</c>). As documented, a due date needs a start date: "To set
/// the due date, you must also specify the startDateTime; otherwise, you get a 400 Bad Request response" (followupflag),
/// answered with <c>ErrorInvalidArgument</c> (microsoftgraph/microsoft-graph-docs#5975). The flag written replaces the one
/// stored; a status left out is kept.
/// </summary>
internal static class FollowUpFlagWrite
{
    private static readonly string[] Statuses = ["notFlagged", "complete", "flagged"];
    private static readonly string[] Dates = ["startDateTime", "dueDateTime", "completedDateTime"];

    public static JsonObject Apply(JsonObject stored, JsonNode? value)
    {
        if (value is not JsonObject flag)
        {
            throw GraphException.BadRequest("Invalid value for 'flag': expected a followupFlag object.", "RequestBodyRead");
        }

        var written = new JsonObject { ["flagStatus"] = Status(flag["flagStatus"]) ?? stored["flagStatus"]?.DeepClone() ?? "notFlagged" };
        foreach (var (name, date) in flag)
        {
            var known = Dates.FirstOrDefault(d => d.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (known is not null && date is not null)
            {
                written[known] = DateTimeTimeZone(date, known);
            }
            else if (known is null && !name.Equals("flagStatus", StringComparison.OrdinalIgnoreCase) && !name.StartsWith('@'))
            {
                throw GraphException.BadRequest($"The property '{name}' does not exist on type 'microsoft.graph.followupFlag'.", "RequestBodyRead");
            }
        }

        if (written["dueDateTime"] is not null && written["startDateTime"] is null)
        {
            throw GraphException.BadRequest("The request is invalid.", "ErrorInvalidArgument");
        }

        return written;
    }

    private static string? Status(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        var text = JsonReader.String(node, "flag.flagStatus");
        return Statuses.FirstOrDefault(s => s.Equals(text, StringComparison.OrdinalIgnoreCase))
            ?? throw GraphException.BadRequest($"Invalid value for 'flag.flagStatus': '{text}' is not one of notFlagged, complete, flagged.", "RequestBodyRead");
    }

    private static JsonObject DateTimeTimeZone(JsonNode node, string property)
    {
        if (node is not JsonObject date || date["dateTime"] is null)
        {
            throw GraphException.BadRequest($"Invalid value for 'flag.{property}': expected a dateTimeTimeZone object.", "RequestBodyRead");
        }

        return new JsonObject
        {
            ["dateTime"] = JsonReader.String(date["dateTime"], $"flag.{property}.dateTime"),
            ["timeZone"] = date["timeZone"] is { } zone ? JsonReader.String(zone, $"flag.{property}.timeZone") : "UTC",
        };
    }
}
