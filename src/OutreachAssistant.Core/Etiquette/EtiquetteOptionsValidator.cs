using System.Globalization;

namespace OutreachAssistant.Core.Etiquette;

/// <summary>
/// Checks <see cref="EtiquetteOptions"/> and names each bad key: an unknown rule id, a threshold the
/// rule does not read, or a value out of range.
/// </summary>
public static class EtiquetteOptionsValidator
{
    private const string Section = $"{EtiquetteOptions.SectionName}:{nameof(EtiquetteOptions.Rules)}";

    public static IReadOnlyList<string> Validate(EtiquetteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        foreach (var (id, settings) in options.Rules)
        {
            var rule = EtiquetteRules.Find(id);
            if (rule is null)
            {
                errors.Add($"{Section}:{id}: no such rule; known rules: {string.Join(", ", EtiquetteRules.All.Select(r => r.Id))}");
                continue;
            }

            var known = rule.Defaults.Thresholds();
            foreach (var (name, value) in settings.Thresholds())
            {
                var key = $"{Section}:{id}:{name}";
                if (!known.ContainsKey(name))
                {
                    errors.Add($"{key}: {rule.Id} has no such setting; it reads {Names(known.Keys)}");
                }
                else if (OutOfRange(name, value) is { } problem)
                {
                    errors.Add(string.Create(CultureInfo.InvariantCulture, $"{key}: {value} is out of range: {problem}"));
                }
            }

            var effective = settings.OverlaidOn(rule.Defaults);
            if (effective.InfoOver > effective.WarningOver)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{Section}:{id}:InfoOver: {effective.InfoOver} is above WarningOver ({effective.WarningOver})"));
            }
        }

        return errors;
    }

    private static string? OutOfRange(string name, object value) => value switch
    {
        int count when name is "MaxRecipients" or "MaxRecipientsPerDay" && count < 1 => "at least 1",
        int count when count < 0 => "not negative",
        TimeSpan time when name is "NightStarts" or "NightEnds" && (time < TimeSpan.Zero || time >= TimeSpan.FromDays(1)) => "a time of day, 00:00:00 to 23:59:59",
        TimeSpan span when name is "Window" or "MinimumGap" && span <= TimeSpan.Zero => "longer than zero",
        _ => null,
    };

    private static string Names(IEnumerable<string> names) =>
        names.Any() ? string.Join(", ", names) : "only Enabled and Severity";
}
