using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Locking;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Locking;

/// <summary>The folder lock within one test process: held per host, idempotent, let go when the host stops.</summary>
public sealed class DataFolderLockHostTests
{
    [Fact]
    public async Task Lock_HeldByOneHost_SecondHostBusyNamingIt_FreeOnceTheFirstStops()
    {
        await using var world = await SandboxWorld.StartAsync([]);
        world.Overrides[$"{StorageOptions.SectionName}:LockTimeout"] = "00:00:00";
        using var first = world.BuildHost(HostMode.Command);
        await first.StartAsync();
        var held = first.Services.GetRequiredService<DataFolderLock>();
        await held.AcquireAsync("run --once", CancellationToken.None);
        await held.AcquireAsync("run --once", CancellationToken.None);
        Assert.True(held.IsHeld);

        using var second = world.BuildHost(HostMode.Command);
        await second.StartAsync();
        var waiting = second.Services.GetRequiredService<DataFolderLock>();
        var busy = await Assert.ThrowsAsync<DataFolderBusyException>(() => waiting.AcquireAsync("run --once", CancellationToken.None));
        Assert.StartsWith($"another OutreachAssistant (pid {Environment.ProcessId}, run --once, since ", busy.Message, StringComparison.Ordinal);
        Assert.False(waiting.IsHeld);

        await first.StopAsync();
        Assert.False(held.IsHeld);
        await waiting.AcquireAsync("run", CancellationToken.None);
        Assert.True(waiting.IsHeld);
        await second.StopAsync();
    }
}
