using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Graph;
using OutreachAssistant.Worker.Tests.Support;
using Xunit.Abstractions;

namespace OutreachAssistant.Worker.Tests.Costs;

/// <summary>
/// What a run costs in Graph requests (counted on the wire) and database round trips (counted by an EF Core
/// interceptor): per due thread drafted, and per idle sync of a mailbox. The figures are printed; the test holds
/// what must never change: an idle run writes nothing to the mailbox, asks only for its deltas and plans no thread.
/// </summary>
public sealed class WorkCostTests(ITestOutputHelper output)
{
    private const int Due = 5;

    [Fact]
    public async Task RunOnce_DueThreadsThenIdle_CountsPrintedAndTheIdleRunWritesNothing()
    {
        await using var world = await SandboxWorld.StartAsync(Enumerable.Range(1, Due).Select(n => Outreach.ToDirector("-3d", $"o{n}", $"thread-{n}") with
        {
            To = [$"Dr. Contact {n} <contact{n}@hospital{n}.example.org>"],
        }));
        var wire = new CountingWire();
        var commands = new CountingCommands();
        void Counted(IServiceCollection services)
        {
            services.AddSingleton(new GraphTransport { CreateHandler = () => wire });
            services.AddSingleton<IInterceptor>(commands);
        }

        var first = await MeasureAsync(world, Counted, wire, commands);
        world.Clock.Advance(TimeSpan.FromDays(8));
        var drafting = await MeasureAsync(world, Counted, wire, commands);
        var afterDrafts = await MeasureAsync(world, Counted, wire, commands);
        var revisions = await RevisionsAsync(world);
        var idle = await MeasureAsync(world, Counted, wire, commands);

        output.WriteLine($"first sync of {Due} outreach threads (none due): {first}");
        output.WriteLine($"run drafting {Due} due threads: {drafting}");
        output.WriteLine($"next run (reads back the drafts moved to the Inbox): {afterDrafts}");
        output.WriteLine($"idle run: {idle}");
        output.WriteLine($"per due thread drafted: {(drafting.Requests - idle.Requests) / (double)Due:0.#} Graph requests, "
            + $"{(drafting.Commands - idle.Commands) / (double)Due:0.#} database round trips");
        output.WriteLine("idle requests: " + string.Join(", ", idle.Shapes.GroupBy(s => s).Select(g => $"{g.Key} ×{g.Count()}")));

        Assert.Equal(Due, drafting.Created);
        Assert.Equal(0, afterDrafts.Created);
        Assert.Equal(0, afterDrafts.Writes);
        Assert.Equal(0, idle.Created);
        Assert.Equal(0, idle.Writes);

        // What the connection learnt is reused within Sync:ProfileRefresh: one delta request per watched folder.
        Assert.Equal(2, idle.Requests);
        Assert.All(idle.Shapes, s => Assert.EndsWith("/messages/delta", s, StringComparison.Ordinal));

        // Nothing new and no wake-up come: no thread is planned again (each save bumps its revision).
        Assert.Equal(revisions, await RevisionsAsync(world));
    }

    /// <summary>A thread the daily limit holds back is planned from the store and left there: no Graph request.</summary>
    [Fact]
    public async Task RunOnce_DueThreadsOverTheDailyLimit_TheHeldBackCostNoGraphRequest()
    {
        await using var world = await SandboxWorld.StartAsync(Enumerable.Range(1, Due).Select(n => Outreach.ToDirector("-3d", $"o{n}", $"thread-{n}") with
        {
            To = [$"Dr. Contact {n} <contact{n}@hospital{n}.example.org>"],
        }));
        world.Overrides[$"{FollowUpOptions.SectionName}:MaxPerDay"] = "2";
        var wire = new CountingWire();
        var commands = new CountingCommands();
        void Counted(IServiceCollection services)
        {
            services.AddSingleton(new GraphTransport { CreateHandler = () => wire });
            services.AddSingleton<IInterceptor>(commands);
        }

        await MeasureAsync(world, Counted, wire, commands);
        world.Clock.Advance(TimeSpan.FromDays(8));
        var capped = await MeasureAsync(world, Counted, wire, commands);
        var afterDrafts = await MeasureAsync(world, Counted, wire, commands);
        var heldBack = await MeasureAsync(world, Counted, wire, commands);

        output.WriteLine($"run drafting 2 of {Due} due threads (FollowUps:MaxPerDay 2): {capped}");
        output.WriteLine($"next run (reads back the drafts moved to the Inbox): {afterDrafts}");
        output.WriteLine($"run with {Due - 2} due threads held back by the limit: {heldBack}");

        Assert.Equal(2, capped.Created);
        Assert.Equal(0, heldBack.Created);
        Assert.Equal(2, heldBack.Requests);
        Assert.All(heldBack.Shapes, s => Assert.EndsWith("/messages/delta", s, StringComparison.Ordinal));
    }

    private static async Task<string> RevisionsAsync(SandboxWorld world) => (string)(await StateDatabase.ScalarAsync(
        Path.Combine(world.Root, "data"), "SELECT group_concat(Id || ':' || Revision, ' ') FROM (SELECT Id, Revision FROM Threads ORDER BY Id)"))!;

    private static async Task<RunCost> MeasureAsync(SandboxWorld world, Action<IServiceCollection> counted, CountingWire wire, CountingCommands commands)
    {
        wire.Reset();
        commands.Reset();
        var created = await world.RunOnceAsync(counted);
        return new RunCost(created, wire.Requests.Count, wire.Writes, commands.Count, wire.Requests);
    }

    private sealed record RunCost(int Created, int Requests, int Writes, int Commands, IReadOnlyList<string> Shapes)
    {
        public override string ToString() => $"{Created} drafts, {Requests} Graph requests ({Writes} writes), {Commands} database round trips";
    }
}
