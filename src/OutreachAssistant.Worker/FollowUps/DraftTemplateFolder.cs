using OutreachAssistant.Core.Drafting;

namespace OutreachAssistant.Worker.FollowUps;

/// <summary>Reads <c>Drafts:TemplateDirectory</c> at start and compiles its <c>*.hbs</c> files (the composer itself reads nothing).</summary>
public static class DraftTemplateFolder
{
    public const string Key = $"{DraftingOptions.SectionName}:{nameof(DraftingOptions.TemplateDirectory)}";

    /// <summary>
    /// The folder, relative to the content root; when it is not there, the copy beside the program (as for
    /// appsettings.json), so the built service and the tests find the shipped templates from anywhere.
    /// </summary>
    public static string Resolve(string directory, string contentRoot)
    {
        var fromRoot = Path.GetFullPath(directory, contentRoot);
        var besideProgram = Path.GetFullPath(directory, AppContext.BaseDirectory);
        return Directory.Exists(fromRoot) || Path.IsPathRooted(directory) || !Directory.Exists(besideProgram) ? fromRoot : besideProgram;
    }

    /// <exception cref="DraftTemplateException">The folder is missing or a template cannot be used; the message is one line naming the key and the file.</exception>
    public static DraftTemplates Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DraftTemplateException(DraftTemplates.Default, $"{Key}: the folder {folder} does not exist.");
        }

        var files = Directory.GetFiles(folder, "*.hbs").Order(StringComparer.Ordinal).ToList();
        var texts = files.ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.OrdinalIgnoreCase);
        try
        {
            return DraftTemplates.Compile(texts);
        }
        catch (DraftTemplateException ex)
        {
            var file = Path.Combine(folder, ex.TemplateName + ".hbs");
            throw new DraftTemplateException(ex.TemplateName, $"{Key}: {file}: {ex.Message}", ex);
        }
    }
}
