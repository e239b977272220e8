using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutreachAssistant.Worker.Lint;

/// <summary>How lint writes JSON: camelCase names, severities as <c>info</c>, <c>warning</c>, <c>error</c>, one object per line.</summary>
public static class LintJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },

        // Own text is full of quotes and apostrophes; keep it readable rather than \u0027-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
