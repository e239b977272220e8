using System.Globalization;

namespace OutreachAssistant.Core.Tests.Text;

/// <summary>Pass count of one fixture suite and the ids of the cases that failed.</summary>
internal sealed class SuiteScore(string name)
{
    private readonly List<string> failures = [];

    public string Name { get; } = name;

    public int Passed { get; private set; }

    public int Total { get; private set; }

    public IReadOnlyList<string> Failures => failures;

    public void Record(string caseId, bool passed)
    {
        Total++;
        if (passed)
        {
            Passed++;
        }
        else
        {
            failures.Add(caseId);
        }
    }

    public override string ToString()
    {
        var summary = string.Create(CultureInfo.InvariantCulture, $"{Name}: {Passed}/{Total}");
        return failures.Count == 0 ? summary : $"{summary}; failing: {string.Join(", ", failures)}";
    }
}
