using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Sync;

/// <summary>Poisoned and odd mail is skipped with a reason; the rest of the mailbox goes on.</summary>
public sealed class PoisonedMailTests
{
    [Fact]
    public async Task RunOnce_SentMessageDatedYear9999_OtherDueThreadsStillGetTheirDrafts()
    {
        var seeds = NormalDueOutreach().Append(Outreach.ToDirector("9999-12-31T12:00:00Z", key: "far-future", conversation: "far-future")
            with { To = ["Dr. Far Future <future@clinic.example.org>"] });
        await using var world = await SandboxWorld.StartAsync(seeds);

        var created = await world.RunOnceAsync();

        Assert.Equal(3, created);
        Assert.Equal(3, (await world.DraftsAsync()).Count);
    }

    [Fact]
    public async Task RunOnce_OutreachTo500People_IsMassMailWithNoDraft()
    {
        var massMail = Outreach.ToDirector("-11d", key: "mass", conversation: "mass") with
        {
            To = [.. Enumerable.Range(1, 500).Select(i => $"Program {i} <director{i}@program{i}.example.org>")],
        };
        await using var world = await SandboxWorld.StartAsync(NormalDueOutreach().Append(massMail));

        var created = await world.RunOnceAsync();

        Assert.Equal(3, created);
        var threads = await world.StatusAsync();
        var mass = Assert.Single(threads, t => t.State == "mass-mail");
        Assert.Equal("sent to 500 people: no follow-up to a mass mail (more than 3 recipients)", mass.Reason);
        Assert.Null(mass.NextActionAt);
        Assert.Empty(mass.Drafts);
    }

    [Fact]
    public async Task RunOnce_TheWorstMailWeCouldWrite_SkippedWithReasonsInStatus_TheRestDrafted_AndAgainWithoutACrash()
    {
        SeedMessage[] worst =
        [
            Outreach.ToDirector("9999-12-31T12:00:00Z", key: "year-9999", conversation: "year-9999") with { To = ["Dr. Late <late@clinic.example.org>"] },
            Outreach.ToDirector("1900-01-01T12:00:00Z", key: "year-1900", conversation: "year-1900") with { To = ["Dr. Early <early@clinic.example.org>"] },
            Outreach.ToDirector("-11d", key: "long-subject", conversation: "long-subject") with
            {
                To = ["Dr. Long <long@clinic.example.org>"],
                Subject = "Observerships " + new string('x', 5000),
            },
            Outreach.ToDirector("-11d", key: "emoji-name", conversation: "emoji-name") with { To = ["🎓🎓 <emoji@clinic.example.org>"] },
            Outreach.ToDirector("-11d", key: "mass", conversation: "mass") with
            {
                To = [.. Enumerable.Range(1, 500).Select(i => $"Program {i} <director{i}@program{i}.example.org>")],
            },
        ];
        await using var world = await SandboxWorld.StartAsync(NormalDueOutreach().Concat(worst));

        var first = await world.RunOnceAsync();
        var second = await world.RunOnceAsync();

        Assert.Equal(5, first);
        Assert.Equal(0, second);
        var snapshot = await world.SnapshotAsync();
        var mailbox = Assert.Single(snapshot.Mailboxes);
        Assert.Equal("ok", mailbox.Status);
        Assert.Equal(2, mailbox.Skipped!["date-out-of-range"]);
        Assert.InRange(Assert.Single(snapshot.Threads, t => t.Subject.StartsWith("Observerships", StringComparison.Ordinal)).Subject.Length, 14, 255);
        Assert.Equal("mass-mail", Assert.Single(snapshot.Threads, t => t.Contact.StartsWith("director", StringComparison.Ordinal)).State);
        // A contact who shows only emoji is greeted with no name; one with a name, by it.
        var drafts = await world.DraftsAsync();
        Assert.StartsWith("Hello,", BodyOfDraftTo(drafts, "emoji@clinic.example.org"), StringComparison.Ordinal);
        Assert.StartsWith("Dear Dr. Long,", BodyOfDraftTo(drafts, "long@clinic.example.org"), StringComparison.Ordinal);
        Assert.Contains(StatusReportText(snapshot), l => l.Contains("2 message(s) skipped: 2 date-out-of-range", StringComparison.Ordinal));
    }

    private static string BodyOfDraftTo(IReadOnlyList<System.Text.Json.JsonElement> drafts, string address) =>
        Assert.Single(drafts, d => d.GetProperty("toRecipients").EnumerateArray().Any(r => r.GetProperty("emailAddress").GetProperty("address").GetString() == address))
            .GetProperty("body").GetProperty("content").GetString()!;

    private static string[] StatusReportText(OutreachAssistant.Worker.Commands.StatusSnapshot snapshot) =>
        OutreachAssistant.Worker.Commands.StatusReport.ToText(snapshot).Split('\n');

    /// <summary>Three unanswered outreach emails, each to a contact of its own, due now.</summary>
    private static IEnumerable<SeedMessage> NormalDueOutreach() => Enumerable.Range(1, 3)
        .Select(i => Outreach.ToDirector("-11d", key: $"normal-{i}", conversation: $"normal-{i}") with { To = [$"Dr. Contact {i} <contact{i}@hospital{i}.example.org>"] });
}
