using System.Globalization;

namespace OutreachAssistant.Sandbox.Graph.Query;

internal static class QueryNumbers
{
    public static int? Parse(string? value, string name, int min, int max)
    {
        if (value is null)
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max
            ? parsed
            : throw GraphException.BadRequest($"Invalid value '{value}' for ${name}; expected {min} to {max}.", "ErrorInvalidUrlQuery");
    }
}
