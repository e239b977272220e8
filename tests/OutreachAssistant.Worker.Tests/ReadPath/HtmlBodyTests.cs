using OutreachAssistant.Sandbox;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.ReadPath;

/// <summary>
/// Lists and delta return bodies "in only HTML format" (user-list-messages). The same mailbox read as HTML
/// gives the same threads, findings and drafts as read as text: own text, signatures, return dates and
/// signed names are read from the HTML's text, never from its tags.
/// </summary>
public sealed class HtmlBodyTests
{
    private const string Mentor = "Prof. Ana Ruiz <aruiz@university.example.edu>";
    private const string Coordinator = "Maria Lopez <mlopez@childrens.example.org>";

    private static readonly SeedMessage[] Mailbox =
    [
        Outreach.ToDirector("-16d") with
        {
            Body = "Dear Dr. Smith,\n\nI am an internal medicine graduate from Cairo. Would a short observership at your clinic be possible this spring?\n\nBest regards,\nAmira Haddad\nMD, Class of 2024",
        },
        Outreach.ToDirector("-16d", "to-mentor", "thread-2") with
        {
            To = [Mentor],
            Subject = "Research mentorship question",
            Body = "Dear [Name],\n\nI read your paper on sepsis. Could we talk about research mentorship?\n\nAmira Haddad",
        },
        new SeedMessage
        {
            Key = "mentor-away", Folder = "inbox", From = Mentor, To = [SandboxWorld.Owner], Conversation = "thread-2",
            Subject = "Automatic reply: Research mentorship question", Sent = "-15d", BodyType = "html",
            Body = "<html><head><style>p{margin:0}</style></head><body><div><p>Thank you for your message.</p><p>I am out of the office until <b>{{date:+5d}}</b>, with limited access to email.</p></div></body></html>",
            Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-replied" },
        },
        Outreach.ToDirector("-40d", "to-coordinator", "thread-3") with
        {
            To = [Coordinator],
            Subject = "Observership application documents",
            Body = "Dear Ms. Lopez,\nWhich documents does the observership application need?\nAmira Haddad",
        },
        new SeedMessage
        {
            Key = "coordinator-answer", Folder = "inbox", From = Coordinator, To = [SandboxWorld.Owner], Conversation = "thread-3",
            Subject = "RE: Observership application documents", Sent = "-39d",
            Body = "Dear Amira,\n\nPlease send your CV and two letters.\n\nBest,\nMaria\n\nFrom: Amira Haddad\nSent: Monday\nSubject: Observership application documents\n\nDear Ms. Lopez,",
        },
    ];

    [Fact]
    public async Task Sync_SameMailboxReadAsHtml_SameThreadsFindingsAndDraftsAsReadAsText()
    {
        var asText = await OutcomeAsync(CollectionBodies.AsPreferred);
        var asHtml = await OutcomeAsync(CollectionBodies.AlwaysHtml);

        Assert.Contains("drafted", asText, StringComparison.Ordinal);
        Assert.Contains("content.placeholder", asText, StringComparison.Ordinal);
        Assert.Equal(asText, asHtml);
    }

    /// <summary>Everything the user sees of a run, without the ids that differ from one sandbox to the next.</summary>
    private static async Task<string> OutcomeAsync(CollectionBodies bodies)
    {
        await using var world = await SandboxWorld.StartAsync(Mailbox, bodies: bodies);
        await world.RunOnceAsync();
        var threads = (await world.StatusAsync()).OrderBy(t => t.Subject, StringComparer.Ordinal).Select(t =>
            $"{t.Subject} | {t.Kind} | {t.State} | {t.NextActionAt:O} | {t.Reason} | {t.Drafts.Count} | "
            + string.Join(",", t.Findings.Select(f => f.RuleId).Order(StringComparer.Ordinal)));
        var drafts = (await world.DraftsAsync()).Select(d =>
            $"{d.GetProperty("folder").GetString()} | {d.GetProperty("subject").GetString()} | "
            + d.GetProperty("body").GetProperty("content").GetString()!.ReplaceLineEndings("\n").Split('\n')[0]).Order(StringComparer.Ordinal);
        return string.Join("\n", threads.Concat(drafts));
    }
}
