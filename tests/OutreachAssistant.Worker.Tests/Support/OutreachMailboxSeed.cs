using System.Text.Json;

namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>
/// A seed folder for tests on the real clock: one mailbox, <c>due</c> outreach emails old enough for a follow-up
/// (one per contact and conversation), and working hours round the clock, so drafts are due whatever the hour.
/// </summary>
public static class OutreachMailboxSeed
{
    public const string MailboxId = "amira";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="folder">The seed folder to write the mailbox into.</param>
    /// <param name="due">How many outreach emails are old enough for a follow-up.</param>
    /// <param name="account"><c>work</c>, or <c>personal</c> (outlook.com: <c>mailboxSettings</c> answers 403).</param>
    public static string Write(string folder, int due, string account = "work")
    {
        Directory.CreateDirectory(folder);
        var messages = Enumerable.Range(1, due).Select(n => new SeedMessage
        {
            Key = $"o{n}",
            Folder = "sentitems",
            From = SandboxWorld.Owner,
            To = [$"Dr. Contact {n} <contact{n}@hospital{n}.example.org>"],
            Subject = $"IMG applicant - question about electives ({n})",
            Body = "Dear Dr. Contact,\nWould an elective at your department be possible?\nThank you,\nAmira Haddad",
            Sent = "-11d",
            Conversation = $"t{n}",
        });
        var workingHours = new { daysOfWeek = Enum.GetNames<DayOfWeek>(), startTime = "00:00", endTime = "00:00" };
        var mailbox = new
        {
            id = MailboxId,
            address = "amira.haddad@outlook.example",
            displayName = "Amira Haddad",
            account,
            timeZone = "UTC",
            workingHours,
            messages,
        };
        File.WriteAllText(Path.Combine(folder, $"{MailboxId}.json"), JsonSerializer.Serialize(mailbox, Json));
        return folder;
    }
}
