using OutreachAssistant.Core.Drafting;

namespace OutreachAssistant.Core.Tests.Drafting;

/// <summary>The templates in <c>seeds/templates</c>, copied beside the tests by the project file.</summary>
public static class ShippedTemplates
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "templates");

    public static IReadOnlyDictionary<string, string> Texts { get; } = Directory.GetFiles(Folder, "*.hbs")
        .ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.OrdinalIgnoreCase);

    public static DraftTemplates Compiled { get; } = DraftTemplates.Compile(Texts);
}
