using Xunit.Abstractions;

namespace OutreachAssistant.Core.Tests.Text;

/// <summary>
/// Makes suite scores visible: in the test's output, and in <c>TestResults/own-text/</c> that
/// <c>test.sh</c> prints after the run (xunit 2 keeps console output of passing tests to itself).
/// </summary>
internal static class SuiteReport
{
    public static void Write(ITestOutputHelper output, string fileName, params SuiteScore[] scores)
    {
        var lines = scores.Select(score => score.ToString()).ToArray();
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        if (SharedFixtures.RepositoryRoot is null)
        {
            return;
        }

        var folder = Path.Combine(SharedFixtures.RepositoryRoot, "TestResults", "own-text");
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, fileName), lines);
    }
}
