using System.Globalization;

namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>"--name value" pairs of a bench mode; a missing or malformed value is a <see cref="UsageException"/>.</summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    private CommandArguments()
    {
    }

    public static CommandArguments Parse(IReadOnlyList<string> args, params string[] known)
    {
        var parsed = new CommandArguments();
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!known.Contains(args[i]) || i + 1 >= args.Count)
            {
                throw new UsageException($"unexpected argument '{args[i]}' (known: {string.Join(", ", known)}, each with a value)");
            }

            parsed.values[args[i]] = args[i + 1];
        }

        return parsed;
    }

    public string Required(string name) =>
        values.TryGetValue(name, out var value) ? value : throw new UsageException($"{name} is required");

    /// <summary>A whole number in a range; <paramref name="fallback"/> when it is not given, or null when it must be.</summary>
    public int Number(string name, int? fallback, int min, int max)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback ?? throw new UsageException($"{name} is required");
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new UsageException($"{name} must be a whole number from {min} to {max} (was '{text}')");
    }
}
