using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutreachAssistant.Worker.Commands;

/// <summary>How every <c>--json</c> output is written: web names, indented, enum values in kebab case (<c>your-turn</c>).</summary>
public static class CommandJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
