namespace OutreachAssistant.Core.Tests.Text;

/// <summary>
/// Finds the shared fixture suites in <c>../shared/fixtures</c> beside the repository (where CI clones
/// them); they are read in place, never copied into the project.
/// </summary>
internal static class SharedFixtures
{
    private const string SolutionFile = "OutreachAssistant.sln";

    public static string? RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The fixtures folder, or null when it is not beside the repository.</summary>
    public static string? Folder { get; } = FindFolder();

    public static string Suite(string name) =>
        Path.Combine(Folder ?? throw new InvalidOperationException("The shared fixtures folder is missing."), name);

    private static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string? FindFolder()
    {
        if (RepositoryRoot is null)
        {
            return null;
        }

        var folder = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "fixtures"));
        return Directory.Exists(folder) ? folder : null;
    }
}
