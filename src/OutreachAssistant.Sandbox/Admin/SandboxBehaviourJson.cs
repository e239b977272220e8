using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OutreachAssistant.Sandbox.Graph;

namespace OutreachAssistant.Sandbox.Admin;

/// <summary><c>/admin/behaviour</c>'s body: the <see cref="SandboxBehaviour"/> in camel case, enums as names.</summary>
internal static class SandboxBehaviourJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static SandboxBehaviour Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<SandboxBehaviour>(json, Options) ?? throw GraphException.BadRequest("A behaviour must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw GraphException.BadRequest($"Invalid behaviour: {ex.Message}");
        }
    }

    public static JsonNode Write(SandboxBehaviour behaviour) => JsonSerializer.SerializeToNode(behaviour, Options)!;
}
