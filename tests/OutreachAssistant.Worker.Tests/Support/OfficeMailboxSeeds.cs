using System.Globalization;
using System.Text.Json;

namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>
/// A seed folder for an advising office on the real clock: <c>count</c> students' mailboxes (<c>s01</c>, <c>s02</c>, …
/// at <c>s01@school.example</c>), each with <c>due</c> outreach emails old enough for a follow-up (one per contact and
/// conversation), in UTC with working hours round the clock, so drafts are due whatever the hour.
/// </summary>
public static class OfficeMailboxSeeds
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<string> Ids(int count) => [.. Enumerable.Range(1, count).Select(n => $"s{n.ToString("00", CultureInfo.InvariantCulture)}")];

    public static string AddressOf(string mailboxId) => $"{mailboxId}@school.example";

    public static string Write(string folder, int count, int due)
    {
        Directory.CreateDirectory(folder);
        var workingHours = new { daysOfWeek = Enum.GetNames<DayOfWeek>(), startTime = "00:00", endTime = "00:00" };
        foreach (var id in Ids(count))
        {
            var owner = $"Student {id} <{AddressOf(id)}>";
            var messages = Enumerable.Range(1, due).Select(n => new SeedMessage
            {
                Key = $"o{n}",
                Folder = "sentitems",
                From = owner,
                To = [$"Dr. Contact {n} <contact{n}.{id}@hospital{n}.example.org>"],
                Subject = $"IMG applicant - question about electives ({n})",
                Body = $"Dear Dr. Contact,\nWould an elective at your department be possible?\nThank you,\nStudent {id}",
                Sent = "-11d",
                Conversation = $"t{n}",
            });
            var mailbox = new { id, address = AddressOf(id), displayName = $"Student {id}", timeZone = "UTC", workingHours, messages };
            File.WriteAllText(Path.Combine(folder, $"{id}.json"), JsonSerializer.Serialize(mailbox, Json));
        }

        return folder;
    }
}
