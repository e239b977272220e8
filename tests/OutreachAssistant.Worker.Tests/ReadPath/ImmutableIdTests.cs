using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Graph;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.ReadPath;

/// <summary>
/// Outlook ids change "when the item is moved from one container ... to another" unless every request sends
/// <c>Prefer: IdType="ImmutableId"</c> (outlook-immutable-id). The service asks on every request; a message met
/// under a second id (a move seen by a version before, a store made before) is stored once and counts once.
/// </summary>
public sealed class ImmutableIdTests
{
    [Fact]
    public async Task Run_EveryGraphRequest_AsksForImmutableIds()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-16d")]);
        var wire = new PreferWire();

        await world.RunOnceAsync(s => s.AddSingleton(new GraphTransport { CreateHandler = () => wire }));

        Assert.NotEmpty(wire.Seen);
        Assert.All(wire.Seen, r => Assert.Contains("IdType=\"ImmutableId\"", r.Prefer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FollowUp_OwnFollowUpMovedUnderMutableIds_StoredOnceCountedOnceAndTheSecondFollowUpDrafted()
    {
        await using var world = await SandboxWorld.StartAsync(
        [
            Outreach.ToDirector("-24d"),
            Outreach.ToDirector("-12d", "own-follow-up") with { Subject = "RE: IMG applicant (Class of 2024) - question about observerships", Body = "Dear Dr. Smith,\nI wanted to follow up on my note below.\nAmira Haddad" },
        ]);
        world.Overrides[$"{FollowUpOptions.SectionName}:MaxFollowUps"] = "2";
        var mutableIds = new GraphTransport { CreateHandler = () => new PreferWire(dropImmutableIds: true) };
        await world.RunOnceAsync(s => s.AddSingleton(mutableIds));
        var ownFollowUp = (await world.MessagesAsync()).Single(m => m.GetProperty("seedKey").GetString() == "own-follow-up").GetProperty("id").GetString()!;

        // The user files their follow-up away: with mutable ids it comes back under a new id.
        await world.MoveMessageAsync(ownFollowUp, "archive");
        world.Clock.Advance(TimeSpan.FromDays(3));
        var created = await world.RunOnceAsync(s => s.AddSingleton(mutableIds));

        Assert.Equal(1, created);
        using var host = world.BuildHost(HostMode.Command);
        var sent = await host.Services.GetRequiredService<MessageLog>().GetToAsync(SandboxWorld.MailboxId, Outreach.DirectorAddress, CancellationToken.None);
        Assert.Equal(2, sent.Count(m => !m.IsDraft));
    }
}
