using System.Reflection;

namespace OutreachAssistant.Sandbox.Seeding;

/// <summary>Seed files from a directory, or the demo mailbox embedded in this assembly.</summary>
internal static class SeedFiles
{
    private const string EmbeddedPrefix = "seeds.demo-mailbox.";

    public static IReadOnlyList<(string Name, string Json)> Load(string? directory)
    {
        if (directory is not null)
        {
            if (!Directory.Exists(directory))
            {
                throw new SandboxSeedException($"Seed directory '{directory}' does not exist.");
            }

            return [.. Directory.GetFiles(directory, "*.json")
                .Order(StringComparer.Ordinal)
                .Select(path => (path, File.ReadAllText(path)))];
        }

        var assembly = typeof(SeedFiles).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => ($"embedded:{n[EmbeddedPrefix.Length..]}", Read(assembly, n)))];
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded seed '{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
