using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Worker.Commands;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Sync;
using OutreachAssistant.Worker.Tests.Support;
using Spectre.Console.Testing;

namespace OutreachAssistant.Worker.Tests.Sync;

/// <summary>In a terminal, <c>run --once</c> shows each folder's sync as it reads; the counts come from the sync itself.</summary>
public sealed class SyncProgressDisplayTests
{
    [Fact]
    public async Task RunOnce_InATerminal_EachFolderShownWithTheMessagesItRead()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d"), Outreach.ReplyFromDirector("-12d", conversation: "other")]);
        using var host = world.BuildHost(HostMode.Command);
        await host.StartAsync();
        var console = new TestConsole().Interactive();

        var result = await SyncProgressDisplay.ShowWhileAsync(
            console,
            host.Services.GetRequiredService<SyncProgress>(),
            () => host.Services.GetRequiredService<OnceRunner>().RunAsync(CancellationToken.None));
        var folders = host.Services.GetRequiredService<SyncProgress>().Snapshot();
        await host.StopAsync();

        Assert.Equal(1, result.Created);
        Assert.Equal(
            [new FolderProgress(SandboxWorld.MailboxId, "inbox", 1, Done: true), new FolderProgress(SandboxWorld.MailboxId, "sentitems", 1, Done: true)],
            folders);
        Assert.Contains("amira/inbox: 1 messages read, done", console.Output, StringComparison.Ordinal);
        Assert.Contains("amira/sentitems: 1 messages read, done", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ThousandsAndUnfinished_GroupedAndNotDone()
    {
        Assert.Equal("demo/inbox: 12,345 messages read", SyncProgressDisplay.Describe(new FolderProgress("demo", "inbox", 12345, Done: false)));
    }
}
