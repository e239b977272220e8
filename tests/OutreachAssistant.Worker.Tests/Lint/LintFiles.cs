namespace OutreachAssistant.Worker.Tests.Lint;

/// <summary>Message files for the lint tests: the guides' samples from the core tests, and files written on the fly.</summary>
internal static class LintFiles
{
    public const string GoodEmail = """
        Subject: US citizen IMG seeking advice on pediatrics electives
        To: Dr. Thomas Reed <treed@childrens.example.org>
        Date: Tue, 3 Nov 2026 10:15:00 -0500

        Dear Dr. Reed,

        I am a US citizen IMG in my final year at St. George's University.
        Would you have 15 minutes in the coming weeks to advise me on pediatrics electives?

        Best regards,
        Sarah Khan
        St. George's University, Class of 2027
        """;

    public static string Sample(string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "OutreachAssistant.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("The repository root was not found."), "tests", "OutreachAssistant.Core.Tests", "Etiquette", "Samples", name);
    }

    public static string Write(string folder, string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
