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

    /// <summary>Three unanswered outreach emails, each to a contact of its own, due now.</summary>
    private static IEnumerable<SeedMessage> NormalDueOutreach() => Enumerable.Range(1, 3)
        .Select(i => Outreach.ToDirector("-11d", key: $"normal-{i}", conversation: $"normal-{i}") with { To = [$"Dr. Contact {i} <contact{i}@hospital{i}.example.org>"] });
}
