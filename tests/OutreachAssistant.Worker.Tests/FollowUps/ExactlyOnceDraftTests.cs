using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Storage;
using OutreachAssistant.Storage.Entities;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.FollowUps;

public sealed class ExactlyOnceDraftTests
{
    [Fact]
    public async Task FollowUp_CrashAfterCreateReplyBeforeRecording_NoSecondDraft()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")]);

        // The first run dies between createReply (and the move) and writing the record.
        await Assert.ThrowsAsync<SimulatedCrashException>(() => world.RunOnceAsync(services =>
            services.AddSingleton<IDraftLedger>(sp => new CrashingLedger(ActivatorUtilities.CreateInstance<DraftLedger>(sp)))));
        var afterCrash = Assert.Single(await world.DraftsAsync());

        var created = await world.RunOnceAsync();

        var draft = Assert.Single(await world.DraftsAsync());
        Assert.Equal(1, created);
        Assert.Equal(afterCrash.GetProperty("id").GetString(), draft.GetProperty("id").GetString());
        Assert.Equal(draft.GetProperty("id").GetString(), Assert.Single(Assert.Single(await world.StatusAsync()).Drafts).MessageId);
    }

    private sealed class CrashingLedger(IDraftLedger inner) : IDraftLedger
    {
        public Task<DraftEntity?> FindAsync(string draftKey, CancellationToken cancellationToken) => inner.FindAsync(draftKey, cancellationToken);

        public Task RecordAsync(DraftEntity draft, CancellationToken cancellationToken) => throw new SimulatedCrashException();
    }

    private sealed class SimulatedCrashException : Exception;
}
