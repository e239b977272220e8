namespace OutreachAssistant.Core.Tests.Text;

/// <summary>A fact that is skipped, saying why, when the shared fixtures are not beside the repository.</summary>
public sealed class FixtureFactAttribute : FactAttribute
{
    public FixtureFactAttribute()
    {
        if (SharedFixtures.Folder is null)
        {
            Skip = "../shared/fixtures is not beside the repository; fixture suites not run.";
        }
    }
}
