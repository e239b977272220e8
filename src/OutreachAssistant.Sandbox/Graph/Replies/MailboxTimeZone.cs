using System.Text.Json.Nodes;

namespace OutreachAssistant.Sandbox.Graph.Replies;

/// <summary>The mailbox's time zone (Windows or IANA id) for quoting "Sent:" times; UTC if unknown.</summary>
internal static class MailboxTimeZone
{
    public static TimeZoneInfo Of(JsonObject settings) =>
        settings["timeZone"] is JsonValue value && value.TryGetValue<string>(out var id)
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : TimeZoneInfo.Utc;
}
