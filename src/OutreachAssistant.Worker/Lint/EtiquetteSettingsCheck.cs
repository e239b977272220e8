using System.Globalization;
using Microsoft.Extensions.Configuration;
using OutreachAssistant.Core.Etiquette;

namespace OutreachAssistant.Worker.Lint;

/// <summary>
/// Checks the raw <c>Etiquette:Rules</c> values the binder would drop without a word: it leaves a
/// nullable setting (a severity, a threshold) null when its text cannot be converted.
/// </summary>
public static class EtiquetteSettingsCheck
{
    /// <summary>The first value that cannot be read, with its key, or null when all can.</summary>
    public static string? FirstError(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var rule in configuration.GetSection($"{EtiquetteOptions.SectionName}:{nameof(EtiquetteOptions.Rules)}").GetChildren())
        {
            foreach (var setting in rule.GetChildren().Where(s => s.Value is not null))
            {
                if (Problem(setting.Key, setting.Value!) is { } problem)
                {
                    return $"{setting.Path}: \"{setting.Value}\" {problem}";
                }
            }
        }

        return null;
    }

    private static string? Problem(string name, string value) => name.ToUpperInvariant() switch
    {
        "SEVERITY" => Enum.TryParse<Severity>(value, ignoreCase: true, out var severity) && Enum.IsDefined(severity) ? null : "is not a severity; use info, warning or error",
        "ENABLED" => bool.TryParse(value, out _) ? null : "is not true or false",
        "WARNINGOVER" or "INFOOVER" or "MINIMUMWORDS" or "MAXRECIPIENTS" or "MAXRECIPIENTSPERDAY" or "MAXFOLLOWUPS" =>
            int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? null : "is not a whole number",
        "NIGHTSTARTS" or "NIGHTENDS" or "WINDOW" or "MINIMUMGAP" =>
            TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out _) ? null : "is not a time span such as 22:00:00 or 7.00:00:00",
        _ => null,
    };
}
