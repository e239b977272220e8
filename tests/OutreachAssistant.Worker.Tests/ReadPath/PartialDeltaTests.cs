using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutreachAssistant.Sandbox;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.ReadPath;

/// <summary>
/// Delta shows a changed message by "their id with at least the properties that have been updated"
/// (delta-query-overview). Read flags, flags and categories changed in Outlook lose nothing, whichever Graph does.
/// </summary>
public sealed class PartialDeltaTests
{
    [Theory]
    [InlineData(DeltaUpdates.ChangedProperties)]
    [InlineData(DeltaUpdates.FullItems)]
    public async Task Sync_MessagesReadFlaggedAndCategorisedSinceLastSync_ThreadStaysNoSkipNothingNulled(DeltaUpdates updates)
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-3d"), Outreach.AutomaticReply("-2d")], deltaUpdates: updates);
        await world.RunOnceAsync();
        var before = await StoredAsync(world);
        var threadBefore = Assert.Single(await world.StatusAsync());

        foreach (var message in await world.MessagesAsync())
        {
            await world.PatchMessageAsync(message.GetProperty("id").GetString()!, """{"isRead":true,"categories":["Blue"],"flag":{"flagStatus":"flagged"}}""");
        }

        var logs = new CapturingLoggerProvider();
        await world.RunOnceAsync(s => s.AddSingleton<ILoggerProvider>(logs));

        Assert.Equal(before, await StoredAsync(world));
        var threadAfter = Assert.Single(await world.StatusAsync());
        Assert.Equal((threadBefore.State, threadBefore.NextActionAt, threadBefore.Reason), (threadAfter.State, threadAfter.NextActionAt, threadAfter.Reason));
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Warning && e.Category.EndsWith("MailboxSynchronizer", StringComparison.Ordinal));
    }

    /// <summary>Every stored message row, every field.</summary>
    private static async Task<List<string>> StoredAsync(SandboxWorld world)
    {
        using var host = world.BuildHost(HostMode.Command);
        var messages = host.Services.GetRequiredService<MessageLog>();
        var conversation = (await world.MessagesAsync())[0].GetProperty("conversationId").GetString()!;
        var rows = await messages.GetConversationAsync(SandboxWorld.MailboxId, conversation, CancellationToken.None);
        Assert.Equal(2, rows.Count);
        return [.. rows.Select(m =>
            $"{m.MessageId}|{m.ConversationId}|{m.InternetMessageId}|{m.FromAddress}|{m.Folder}|{m.IsDraft}|{m.At:O}|{m.Direction}|{m.InboundKind}|{m.ReturnsOn}|{m.Recipients}|{m.TrackedAt:O}")
            .Order(StringComparer.Ordinal)];
    }
}
