using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Scheduling;

/// <summary>A service stopped the instant a follow-up draft is on record: the thread's plan still follows the draft.</summary>
public sealed class StopAfterDraftTests
{
    [Fact]
    public async Task Service_StoppedRightAfterTheDraftIsRecorded_TheThreadIsDraftedNotDue()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-3d")]);
        await world.RunOnceAsync();
        world.Clock.Advance(TimeSpan.FromDays(8));
        var ledger = default(HoldAfterRecording);
        using var host = world.BuildHost(HostMode.Service, services => services.AddSingleton<IDraftLedger>(sp =>
            ledger = new HoldAfterRecording(ActivatorUtilities.CreateInstance<DraftLedger>(sp))));

        await host.StartAsync();
        try
        {
            await Eventually.HoldsAsync(() => Task.FromResult(ledger?.Recorded.Task.IsCompleted == true));
        }
        finally
        {
            // The job is held right after its record until the stop cancels its token.
            await host.StopAsync();
        }

        Assert.Single(await world.DraftsAsync());
        var thread = Assert.Single(await world.StatusAsync());
        Assert.Equal("drafted", thread.State);
        Assert.Single(thread.Drafts);
    }

    /// <summary>Returns from recording a draft only once the caller's token is cancelled, as a stopping service cancels a running job's.</summary>
    private sealed class HoldAfterRecording(IDraftLedger inner) : DelegatingDraftLedger(inner)
    {
        public TaskCompletionSource Recorded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async Task RecordAsync(DraftRecord draft, CancellationToken cancellationToken)
        {
            await base.RecordAsync(draft, cancellationToken);
            Recorded.TrySetResult();
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(60), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // The stop has begun: the draft is recorded, and the caller goes on from here with its token cancelled.
            }
        }
    }
}
