using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Tests.Support;
using OutreachAssistant.Worker.Tracking;

namespace OutreachAssistant.Worker.Tests.Tracking;

/// <summary>A tracking pass holds one copy of each stored message, however many of its reads bring it.</summary>
public sealed class MailboxFactsTests
{
    [Fact]
    public async Task Reads_OneMessageThroughItsConversationSenderAndRecipient_OneCopy()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-10d"), Outreach.ReplyFromDirector("-9d")]);
        await world.RunOnceAsync();
        using var host = world.BuildHost(HostMode.Command);
        var facts = await MailboxFacts.LoadAsync(host.Services.GetRequiredService<MailboxBatches>(), SandboxWorld.MailboxId, CancellationToken.None);
        var conversationId = Assert.Single(await facts.ListThreadsOfContactAsync(SandboxWorld.MailboxId, Outreach.DirectorAddress, CancellationToken.None)).ConversationId;

        var conversation = await facts.GetConversationAsync(SandboxWorld.MailboxId, conversationId, CancellationToken.None);
        var fromDirector = Assert.Single(await facts.GetMessagesFromAsync(SandboxWorld.MailboxId, Outreach.DirectorAddress, CancellationToken.None));
        var toDirector = Assert.Single(await facts.GetMessagesToAsync(SandboxWorld.MailboxId, Outreach.DirectorAddress, CancellationToken.None));

        Assert.Equal(2, conversation.Count);
        Assert.Same(conversation.Single(m => m.MessageId == fromDirector.MessageId), fromDirector);
        Assert.Same(conversation.Single(m => m.MessageId == toDirector.MessageId), toDirector);

        // The copies share one conversation id, as read once.
        Assert.Same(fromDirector.ConversationId, toDirector.ConversationId);
    }
}
