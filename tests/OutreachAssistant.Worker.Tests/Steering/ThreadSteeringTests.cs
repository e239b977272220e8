using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Steering;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Steering;

/// <summary><c>outreach stop|resume|snooze</c> on what the user may name: one clear line for each mistake.</summary>
public sealed class ThreadSteeringTests
{
    private static async Task<SandboxWorld> TwoThreadsWithTheDirectorAsync()
    {
        // The first was answered, so the second starts a thread of its own rather than following the first up.
        var world = await SandboxWorld.StartAsync([
            Outreach.ToDirector("-30d"), Outreach.ReplyFromDirector("-29d"), Outreach.ToDirector("-2d", "second", "thread-2") with { Subject = "Research elective question" }]);
        await world.RunOnceAsync();
        return world;
    }

    private static async Task<SteerException> FailAsync(SandboxWorld world, string target, SteerAction action, string? until = null)
    {
        using var host = world.BuildHost(HostMode.Command);
        var steering = host.Services.GetRequiredService<ThreadSteering>();
        return await Assert.ThrowsAsync<SteerException>(() => steering.SteerAsync(target, action, until is null ? null : SnoozeDate.Parse(until), CancellationToken.None));
    }

    [Fact]
    public async Task UnknownThreadOrAddress_OneLineNamingIt()
    {
        await using var world = await TwoThreadsWithTheDirectorAsync();
        var error = await FailAsync(world, "nobody@nowhere.example", SteerAction.Stop);
        Assert.Equal("No tracked thread or contact is named \"nobody@nowhere.example\": give a thread id or a contact's address, as outreach status shows them.", error.Message);
    }

    [Fact]
    public async Task AnAddressWithSeveralThreads_ListsThem()
    {
        await using var world = await TwoThreadsWithTheDirectorAsync();
        var threads = await world.StatusAsync();

        var error = await FailAsync(world, Outreach.DirectorAddress.ToUpperInvariant(), SteerAction.Stop);

        Assert.StartsWith($"{Outreach.DirectorAddress.ToUpperInvariant()} has 2 threads; name one: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, threads.Count);
        Assert.All(threads, t => Assert.Contains($"{t.ThreadId} \"{t.Subject}\" ({t.State})", error.Message, StringComparison.Ordinal));
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task SnoozeUntilTodayOrBefore_SaysTheDayIsNotAfterToday()
    {
        await using var world = await TwoThreadsWithTheDirectorAsync();
        var thread = (await world.StatusAsync())[0];

        var error = await FailAsync(world, thread.ThreadId, SteerAction.Snooze, "2026-11-02");

        Assert.Equal("--until 2026-11-02 is not after today (2026-11-02 on the mailbox's clock): name a later day.", error.Message);
    }

    [Fact]
    public void SnoozeUntilNotADate_SaysHowToWriteIt()
    {
        var error = Assert.Throws<SteerException>(() => SnoozeDate.Parse("next friday"));
        Assert.Equal("--until \"next friday\" is not a date: write the day as 2026-12-08.", error.Message);
    }

    [Fact]
    public async Task ByAddressWithOneThread_StopsIt_AndAStopTwiceSaysSo()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-3d")]);
        await world.RunOnceAsync();
        using (var host = world.BuildHost(HostMode.Command))
        {
            var stopped = await host.Services.GetRequiredService<ThreadSteering>().SteerAsync(Outreach.DirectorAddress, SteerAction.Stop, null, CancellationToken.None);
            Assert.Equal(Core.FollowUps.OutreachThreadState.Stopped, stopped.State);
        }

        var again = await FailAsync(world, Outreach.DirectorAddress, SteerAction.Stop);
        Assert.StartsWith("Thread ", again.Message, StringComparison.Ordinal);
        Assert.Contains("is already stopped: stopped by the command line on Mon 2 Nov 2026", again.Message, StringComparison.Ordinal);
        Assert.Equal("stopped", Assert.Single(await world.StatusAsync()).State);
    }
}
