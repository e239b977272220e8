using System.Globalization;

namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>Reads samples out of a Prometheus text exposition (<c>/metrics</c>): one line per sample, <c>name{labels} value</c>.</summary>
public static class PrometheusText
{
    /// <summary>The sum of every sample of <paramref name="metric"/> whose labels include each of <paramref name="labels"/> (<c>mailbox="amira"</c>).</summary>
    public static double Sum(string text, string metric, params string[] labels)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split('\n')
            .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal))
            .Where(line => labels.All(label => line.Contains(label, StringComparison.Ordinal)))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }
}
