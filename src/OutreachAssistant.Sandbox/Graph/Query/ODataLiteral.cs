using System.Globalization;

namespace OutreachAssistant.Sandbox.Graph.Query;

internal static class ODataLiteral
{
    /// <summary>'it''s' → it's.</summary>
    public static string Unquote(string literal)
    {
        var trimmed = literal.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '\'' || trimmed[^1] != '\'')
        {
            throw GraphException.BadRequest($"Expected a quoted string literal but found {literal}.");
        }

        return trimmed[1..^1].Replace("''", "'", StringComparison.Ordinal);
    }

    public static DateTimeOffset ParseDateTime(string literal)
    {
        var text = literal.Trim().Trim('\'');
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value.ToUniversalTime()
            : throw GraphException.BadRequest($"'{literal}' is not a valid DateTimeOffset literal.");
    }

    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
