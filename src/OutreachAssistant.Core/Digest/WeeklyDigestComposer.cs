using System.Globalization;
using System.Text;
using OutreachAssistant.Core.Drafting;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Digest;

/// <summary>
/// Writes the weekly digest: what waits for the user (answers to reply to, drafts to read and send or delete), the follow-ups coming in
/// the seven days ahead, the answers that came, the etiquette findings on what they sent, and how often each kind
/// of outreach has been answered. Sections with nothing to say are left out; a quiet week says so in one line.
/// </summary>
public static class WeeklyDigestComposer
{
    public static DigestMessage Compose(WeekInReview week, string subjectOpening)
    {
        ArgumentNullException.ThrowIfNull(week);
        var now = week.Week.DueAt;
        var waiting = week.Threads.Where(t => t.WaitingDraftAt is not null).OrderBy(t => t.WaitingDraftAt).ToList();
        var yourTurn = week.Threads.Where(t => t.State == OutreachThreadState.YourTurn).ToList();
        var coming = week.Threads
            .Where(t => t.State is OutreachThreadState.Waiting or OutreachThreadState.FollowedUp or OutreachThreadState.Due or OutreachThreadState.KeepInTouchDue
                || (t.State == OutreachThreadState.Answered && t.NextActionAt is not null))
            .Where(t => t.WaitingDraftAt is null && t.NextActionAt is { } at && at < now.AddDays(7))
            .OrderBy(t => t.NextActionAt)
            .ToList();
        var answers = week.Answers.OrderBy(a => a.At).ToList();

        var body = new StringBuilder();
        body.AppendLine(CultureInfo.InvariantCulture, $"{subjectOpening}, the week of {Day(week.Week.Starts)}");
        Section(body, "Drafts waiting for you in your Inbox", waiting, t =>
            $"{Name(t.Contact)}, \"{t.Subject}\": made {Day(t.WaitingDraftAt!.Value, week.Zone)}. Edit and send it, or delete it.");
        Section(body, "Answers waiting for your reply", yourTurn, t =>
            $"{Name(t.Contact)}, \"{t.Subject}\": their answer wears the your-turn category in your mailbox");
        Section(body, "Follow-ups coming in the next seven days", coming, t =>
            $"{Name(t.Contact)}, \"{t.Subject}\": {(t.NextActionAt <= now ? "due now" : Day(t.NextActionAt!.Value, week.Zone))}");
        Section(body, "Answers received", answers, a =>
            $"{Name(a.Contact)} answered \"{a.Subject}\" on {Day(a.At, week.Zone)}");
        Section(body, "Etiquette findings on what you sent", week.Findings, f =>
            $"\"{f.Subject}\": {f.Severity}: {f.Message}");
        if (waiting.Count + yourTurn.Count + coming.Count + answers.Count + week.Findings.Count == 0)
        {
            body.AppendLine().AppendLine("A quiet week: nothing waits for you.");
        }

        Section(body, "Answered so far, by kind of outreach", ReplyRates(week.Threads), r => r, counted: false);
        body.AppendLine().AppendLine("OutreachAssistant made this note in your mailbox; it was never sent anywhere. Delete it once read.");

        return new DigestMessage(Subject(subjectOpening, waiting.Count, yourTurn.Count, answers.Count, coming.Count), body.ToString());
    }

    private static string Subject(string opening, int waiting, int yourTurn, int answers, int coming)
    {
        var figures = new List<string>();
        Add(figures, yourTurn, "answer waiting for you", "answers waiting for you");
        Add(figures, waiting, "draft to review", "drafts to review");
        Add(figures, answers, "answer", "answers");
        Add(figures, coming, "follow-up coming", "follow-ups coming");
        return figures.Count == 0 ? $"{opening}: all quiet" : $"{opening}: {string.Join(", ", figures)}";
    }

    private static void Add(List<string> figures, int count, string one, string many)
    {
        if (count > 0)
        {
            figures.Add(count == 1 ? $"1 {one}" : $"{count} {many}");
        }
    }

    private static List<string> ReplyRates(IReadOnlyList<DigestThread> threads) =>
        [.. threads
            .Where(t => t.State is not (OutreachThreadState.MassMail or OutreachThreadState.Undeliverable))
            .GroupBy(t => t.Kind)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Select(g => (Kind: DraftTemplates.NameOf(g.Key), Sent: g.Count(), Answered: g.Count(t => t.Answered)))
            .Select(r => $"{r.Kind}: {r.Answered} of {r.Sent} ({r.Answered * 100 / r.Sent}%)")];

    private static void Section<T>(StringBuilder body, string title, IReadOnlyList<T> items, Func<T, string> line, bool counted = true)
    {
        if (items.Count == 0)
        {
            return;
        }

        body.AppendLine().AppendLine(counted ? $"{title} ({items.Count})" : title);
        foreach (var item in items)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"- {line(item)}");
        }
    }

    private static string Name(EmailAddress contact) =>
        string.IsNullOrWhiteSpace(contact.Name) ? contact.Address : $"{contact.Name} <{contact.Address}>";

    private static string Day(DateOnly day) => day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("ddd d MMM", CultureInfo.InvariantCulture);
}
