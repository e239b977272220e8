using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Worker.Contacts;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Contacts;

/// <summary>
/// <c>outreach contacts</c>: the guides' tracker, a row per contact, with the role and institution read from the
/// contact's signature in the mailbox; the CSV read back with CsvHelper's own reader, as a spreadsheet would open it.
/// </summary>
public sealed class ContactsReportTests
{
    private const string SignedReply = "Dear Amira,\nThank you for writing. Please contact our coordinator.\n\nBest regards,\nJane Smith, MD\nProgram Director, Pediatric Residency\nRiverside Children's Hospital\nTel: +1 555 010 2000";

    private static readonly string[] TrackerColumns =
    [
        "Name", "Address", "Role", "Institution", "How you met", "What you discussed", "First contact", "Last contact",
        "Last from", "Replies", "State", "Next action", "Next action on", "Why", "Mailbox",
    ];

    [Fact]
    public async Task ContactsCsv_TwoContacts_ParsesWithTheTrackerColumnsAndTheirValues()
    {
        await using var world = await SandboxWorld.StartAsync(
        [
            Outreach.ToDirector("-40d"),
            Outreach.ReplyFromDirector("-39d") with { Body = SignedReply },
            Outreach.ToDirector("-3d", key: "second", conversation: "thread-2") with
            {
                To = ["=HYPERLINK(1) <hr@evilcorp.example.com>"],
                Subject = "Research elective question, \"summer\" 2027",
            },
        ]);
        await world.RunOnceAsync();
        var snapshot = await ContactsAsync(world);

        using var bytes = new MemoryStream();
        ContactsCsv.Write(bytes, snapshot.Contacts);
        var file = bytes.ToArray();
        var rows = ReadCsv(file);

        Assert.Equal([0xEF, 0xBB, 0xBF], file[..3]);
        Assert.Equal(TrackerColumns, rows.Header);
        Assert.Equal(2, rows.Records.Count);
        var waiting = rows.Records[0];
        Assert.Equal("'=HYPERLINK(1)", waiting["Name"]);
        Assert.Equal(("hr@evilcorp.example.com", string.Empty, "evilcorp.example.com"), (waiting["Address"], waiting["Role"], waiting["Institution"]));
        Assert.Equal("Research elective question, \"summer\" 2027", waiting["What you discussed"]);
        Assert.Equal(("2026-10-30", "2026-10-30", "you", "0"), (waiting["First contact"], waiting["Last contact"], waiting["Last from"], waiting["Replies"]));
        Assert.Equal(("waiting", "follow-up draft", "2026-11-09 10:00"), (waiting["State"], waiting["Next action"], waiting["Next action on"]));
        var answered = rows.Records[1];
        Assert.Equal(("Dr. Jane Smith", Outreach.DirectorAddress), (answered["Name"], answered["Address"]));
        Assert.Equal(("Program Director, Pediatric Residency", "Riverside Children's Hospital"), (answered["Role"], answered["Institution"]));
        Assert.Equal("elective or observership request", answered["How you met"]);
        Assert.Equal("IMG applicant (Class of 2024) - question about observerships", answered["What you discussed"]);
        Assert.Equal(("2026-09-23", "2026-09-24", "them", "1"), (answered["First contact"], answered["Last contact"], answered["Last from"], answered["Replies"]));
        Assert.Equal(("answered", "keep-in-touch update", SandboxWorld.MailboxId), (answered["State"], answered["Next action"], answered["Mailbox"]));
        Assert.StartsWith("answered on Thu 24 Sep 2026", answered["Why"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contacts_MailboxCannotBeRead_RolesEmptyAndInstitutionsFromTheDomain()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-40d"), Outreach.ReplyFromDirector("-39d") with { Body = SignedReply }]);
        await world.RunOnceAsync();
        await world.AddFaultAsync(new { status = 401, count = -1 });

        var snapshot = await ContactsAsync(world);

        var row = Assert.Single(snapshot.Contacts);
        Assert.Equal((null, "childrens.example.org"), (row.Role, row.Institution));
        var mailbox = Assert.Single(snapshot.Mailboxes);
        Assert.False(mailbox.Read);
        Assert.Equal(
            "mailbox amira: signatures could not be read (Graph refused the token (401): run `outreach login`); roles are left empty and institutions are the address's domain",
            Assert.Single(ContactsOutput.Problems(snapshot)));
    }

    [Fact]
    public async Task ContactsJson_SignedAnswer_RoleAndInstitutionNamed()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-40d"), Outreach.ReplyFromDirector("-39d") with { Body = SignedReply }]);
        await world.RunOnceAsync();

        var json = ContactsOutput.ToJson(await ContactsAsync(world));

        Assert.Contains("\"role\": \"Program Director, Pediatric Residency\"", json, StringComparison.Ordinal);
        Assert.Contains("\"institution\": \"Riverside Children\\u0027s Hospital\"", json, StringComparison.Ordinal);
    }

    private static async Task<ContactsSnapshot> ContactsAsync(SandboxWorld world)
    {
        using var host = world.BuildHost(HostMode.Command);
        return await host.Services.GetRequiredService<ContactsReport>().ReadAsync(CancellationToken.None);
    }

    /// <summary>The file as CsvHelper's reader sees it: the header, then each record by column name.</summary>
    private static (IReadOnlyList<string> Header, IReadOnlyList<Dictionary<string, string>> Records) ReadCsv(byte[] file)
    {
        using var reader = CsvReader.Create(file, CsvReaderOptions.Default);
        var records = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            records.Add(reader.Headers.ToDictionary(h => h, h => reader.GetString(h), StringComparer.Ordinal));
        }

        return ([.. reader.Headers], records);
    }
}
