using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Core.Text;

namespace OutreachAssistant.Core.Tests.Etiquette;

/// <summary>Messages for the rule tests, built with their own text given directly so each test controls it.</summary>
internal static class LintMessages
{
    public const string ClearSubject = "US citizen IMG seeking advice on pediatrics electives";
    public const string AskingText = "Dear Dr. Reed,\nI am a US citizen IMG at St. George's University.\nWould you have 15 minutes for advice?";

    public static readonly DateTimeOffset Morning = new(2026, 11, 3, 10, 15, 0, TimeSpan.FromHours(-5));

    public static LintMessage Of(string text = AskingText, string subject = ClearSubject, string signature = "Sarah Khan\nSt. George's University, Class of 2027", int? lines = null, int? words = null) => new()
    {
        Subject = subject,
        To = [new EmailAddress("treed@childrens.example.org", "Dr. Thomas Reed")],
        SentAt = Morning,
        Own = new OwnText(
            text,
            signature,
            lines ?? text.Split('\n').Count(l => l.Trim().Length > 0),
            words ?? text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length),
        Attachments = [],
    };

    public static string RepositoryFile(params string[] parts)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "OutreachAssistant.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine([folder?.FullName ?? throw new InvalidOperationException("The repository root was not found."), .. parts]);
    }
}
