using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Worker.Commands;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Status;

/// <summary><c>outreach status</c> for a person: the soonest next action first, filters by state and mailbox, each mailbox's last sync.</summary>
public sealed class StatusViewTests
{
    [Fact]
    public async Task Status_SeveralThreads_SoonestNextActionFirstAndNoneLast()
    {
        await using var world = await SandboxWorld.StartAsync(
        [
            Outreach.ToDirector("-3d", key: "three", conversation: "c3") with { To = ["Dr. Three <three@hospital3.example.org>"] },
            Outreach.ToDirector("-8d", key: "eight", conversation: "c8") with { To = ["Dr. Eight <eight@hospital8.example.org>"] },
            Outreach.ToDirector("-11d", key: "eleven", conversation: "c11") with { To = ["Dr. Eleven <eleven@hospital11.example.org>"] },
            Outreach.ToDirector("-5d", key: "five", conversation: "c5") with { To = ["Dr. Five <five@hospital5.example.org>"] },
        ]);
        await world.RunOnceAsync();

        var threads = await world.StatusAsync();

        // Eleven days ago was drafted now (no next action); the others are due ten days after they were sent.
        Assert.Equal(
            ["eight@hospital8.example.org", "five@hospital5.example.org", "three@hospital3.example.org", "eleven@hospital11.example.org"],
            threads.Select(t => t.Contact));
        Assert.Null(threads[^1].NextActionAt);
    }

    [Fact]
    public async Task Status_FilteredByState_OnlyThoseThreadsAndTheirMailbox()
    {
        await using var world = await SandboxWorld.StartAsync(
        [
            Outreach.ToDirector("-3d", key: "three", conversation: "c3") with { To = ["Dr. Three <three@hospital3.example.org>"] },
            Outreach.ToDirector("-11d", key: "eleven", conversation: "c11") with { To = ["Dr. Eleven <eleven@hospital11.example.org>"] },
        ]);
        await world.RunOnceAsync();

        var drafted = await StatusAsync(world, new StatusFilter(["Drafted"], [SandboxWorld.MailboxId]));
        var none = await StatusAsync(world, new StatusFilter(["answered", "moved-on"], []));

        Assert.Equal("eleven@hospital11.example.org", Assert.Single(drafted.Threads).Contact);
        Assert.Single(drafted.Mailboxes);
        Assert.Empty(none.Threads);
    }

    [Fact]
    public async Task Status_UnknownStateOrMailbox_OneLineNamingWhatThereIs()
    {
        await using var world = await SandboxWorld.StartAsync([]);

        var state = await Assert.ThrowsAsync<StatusFilterException>(() => StatusAsync(world, new StatusFilter(["pending"], [])));
        var mailbox = await Assert.ThrowsAsync<StatusFilterException>(() => StatusAsync(world, new StatusFilter([], ["bob"])));

        Assert.StartsWith("--state pending is not a state; the states are waiting, due, drafted, ", state.Message, StringComparison.Ordinal);
        Assert.Equal("--mailbox bob is not one of Mailboxes; they are amira.", mailbox.Message);
    }

    [Fact]
    public async Task Status_AfterASync_MailboxSaysWhenItLastSyncedOnItsClock()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-3d")]);
        var before = await world.SnapshotAsync();
        await world.RunOnceAsync();
        world.Clock.Advance(TimeSpan.FromHours(2));

        var after = await world.SnapshotAsync();

        Assert.Null(Assert.Single(before.Mailboxes).LastSyncedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(-5)), Assert.Single(after.Mailboxes).LastSyncedAt);
        Assert.Contains("mailbox amira: ok; last synced Mon 2 Nov 2026 10:00; times in Eastern Standard Time", StatusReport.ToText(after), StringComparison.Ordinal);
    }

    private static async Task<StatusSnapshot> StatusAsync(SandboxWorld world, StatusFilter filter)
    {
        using var host = world.BuildHost(HostMode.Command);
        return await host.Services.GetRequiredService<StatusReport>().ReadAsync(filter, CancellationToken.None);
    }
}
