using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Crash;

/// <summary>
/// <c>outreach run --once</c> is killed (SIGKILL) after <c>createReply</c> made and wrote a follow-up draft, while it
/// moves it to the Inbox (the move never answers), so the draft is in the mailbox but not on record. The contact then
/// answers, so the thread is never due again: only settling the dead run's claim at the next sync can put that draft on
/// record, and only a draft on record is marked when a reply makes it stale.
/// </summary>
public sealed partial class LeftClaimTests : IDisposable
{
    private const string MailboxId = OutreachMailboxSeed.MailboxId;
    private readonly string root = Directory.CreateTempSubdirectory("outreach-left-claim-").FullName;

    [Fact]
    public async Task KilledBetweenCreatingAndRecording_ThenAnswered_NextRunRecordsTheDraftAndMarksItStale()
    {
        var seeds = OutreachMailboxSeed.Write(Path.Combine(root, "seeds"), due: 1);
        await using var sandbox = await SandboxProcess.StartAsync(seeds, Path.Combine(root, "mailbox"));
        var settings = sandbox.WorkerSettings(Path.Combine(root, "data"), MailboxId);
        await sandbox.AddFaultAsync(new { kind = "timeout", method = "POST", path = "/move", count = 1 });
        using (var first = WorkerProcess.StartRunOnce(settings, root))
        {
            await first.WaitForLineAsync(CreatedLine(), TimeSpan.FromMinutes(2));
            first.Kill();
            await first.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }

        await sandbox.ClearFaultsAsync();
        Assert.Equal(1, await StateDatabase.CountAsync(Path.Combine(root, "data"), "SELECT count(*) FROM DraftClaims"));
        var outreach = (await sandbox.MessagesAsync(MailboxId)).Single(m => m.GetProperty("folder").GetString() == "sentitems");
        await sandbox.DeliverAsync(MailboxId, new SeedMessage
        {
            From = "Dr. Contact 1 <contact1@hospital1.example.org>",
            To = ["amira.haddad@outlook.example"],
            Subject = "RE: IMG applicant - question about electives (1)",
            Body = "Dear Amira,\nYes, please send me your CV.\nBest,\nDr. Contact",
            Sent = "now",
            InReplyToId = outreach.GetProperty("id").GetString(),
        });

        using var next = WorkerProcess.StartRunOnce(settings, root);
        Assert.True(await next.WaitForExitAsync(TimeSpan.FromMinutes(2)) == 0, next.Transcript());
        Assert.Empty(next.StackTraceLines());

        var draft = Assert.Single(await sandbox.MessagesAsync(MailboxId), m => m.GetProperty("isDraft").GetBoolean());
        Assert.Contains("Outreach: reply received", Categories(draft));
        Assert.Equal(0, await StateDatabase.CountAsync(Path.Combine(root, "data"), "SELECT count(*) FROM DraftClaims"));
        Assert.Equal(1, await StateDatabase.CountAsync(Path.Combine(root, "data"), "SELECT count(*) FROM Drafts WHERE StaleMarkedAt IS NOT NULL"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temporary folder.
        }
    }

    private static IEnumerable<string?> Categories(JsonElement message) =>
        message.GetProperty("categories").EnumerateArray().Select(c => c.GetString());

    [GeneratedRegex("Created FollowUp draft 1 ")]
    private static partial Regex CreatedLine();
}
