using OutreachAssistant.Core.Mail;
using OutreachAssistant.Graph;
using OutreachAssistant.Graph.Resilience;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Mailboxes;

/// <summary>A mailbox opened read-only (a dry run's) reads as ever and refuses each write before anything crosses the wire.</summary>
public sealed class ReadOnlyMailboxTests
{
    [Fact]
    public async Task ReadOnlyMailbox_EveryWrite_RefusedWithNoRequestSent()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-9d")]);
        var wire = new CountingWire();
        using var client = GraphClients.Create(world.Sandbox.BaseUrl, new StaticAccessTokenProvider(world.Token, world.Sandbox.BaseUrl), new GraphResilienceOptions(), TimeProvider.System, wire);
        var mailbox = await new GraphMailboxConnector(client, "me", new GraphMailboxSettings(10, world.Clock, ReadOnly: true)).ConnectAsync(CancellationToken.None);
        var sent = Assert.Single(await mailbox.LatestSentAsync(1, CancellationToken.None));
        var reply = new NewReplyDraft(sent.Id, [new EmailAddress(Outreach.DirectorAddress)], "Dear Dr. Smith,", "key/follow-up/1", "Outreach follow-up");
        var reads = wire.Requests.Count;

        Assert.True(mailbox.IsReadOnly);
        await Assert.ThrowsAsync<MailboxReadOnlyException>(() => mailbox.CreateReplyDraftAsync(reply, _ => Task.CompletedTask, CancellationToken.None));
        await Assert.ThrowsAsync<MailboxReadOnlyException>(() => mailbox.WriteReplyDraftAsync(sent.Id, reply, CancellationToken.None));
        await Assert.ThrowsAsync<MailboxReadOnlyException>(() => mailbox.SetCategoriesAsync(sent.Id, ["Outreach: too long"], CancellationToken.None));
        await Assert.ThrowsAsync<MailboxReadOnlyException>(() => mailbox.MoveAsync(sent.Id, "inbox", CancellationToken.None));
        await Assert.ThrowsAsync<MailboxReadOnlyException>(() => mailbox.DeleteAsync(sent.Id, CancellationToken.None));

        Assert.Equal(reads, wire.Requests.Count);
        Assert.Equal(0, wire.Writes);
        Assert.Empty(await world.DraftsAsync());
        var stored = (await world.MessagesAsync()).Single(m => m.GetProperty("folder").GetString() == "sentitems");
        Assert.Empty(stored.GetProperty("categories").EnumerateArray());
    }
}
