using System.Text.Json;

namespace OutreachAssistant.Sandbox.Model;

/// <summary>Storage serialization of <see cref="StoredMessage"/> (not the Graph wire shape).</summary>
internal static class MessageJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(StoredMessage message) => JsonSerializer.Serialize(message, Options);

    public static StoredMessage Deserialize(string json) =>
        JsonSerializer.Deserialize<StoredMessage>(json, Options)
        ?? throw new InvalidOperationException("Stored message JSON was null.");
}
