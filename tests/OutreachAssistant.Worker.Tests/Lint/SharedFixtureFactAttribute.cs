namespace OutreachAssistant.Worker.Tests.Lint;

/// <summary>A fact over the shared fixture suites (<c>../shared/fixtures</c> beside the repository), skipped saying why when they are not there.</summary>
public sealed class SharedFixtureFactAttribute : FactAttribute
{
    public SharedFixtureFactAttribute()
    {
        if (Folder is null)
        {
            Skip = "../shared/fixtures is not beside the repository; fixture suites not run.";
        }
    }

    public static string? Folder { get; } = Find();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutreachAssistant.sln")))
            {
                var folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures"));
                return Directory.Exists(folder) ? folder : null;
            }
        }

        return null;
    }
}
