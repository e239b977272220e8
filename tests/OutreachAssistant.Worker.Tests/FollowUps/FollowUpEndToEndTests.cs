using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.FollowUps;

/// <summary>The whole path, over loopback HTTP with the real Graph SDK, driven by a manual clock.</summary>
public sealed class FollowUpEndToEndTests
{
    [Fact]
    public async Task RunOnce_UnansweredPastDue_CreatesOneReplyDraftInInbox()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")]);

        var created = await world.RunOnceAsync();

        Assert.Equal(1, created);
        var draft = Assert.Single(await world.DraftsAsync());
        Assert.Equal("inbox", draft.GetProperty("folder").GetString(), ignoreCase: true);
        var thread = Assert.Single(await world.StatusAsync());
        Assert.Equal("drafted", thread.State);
        Assert.Equal(draft.GetProperty("immutableId").GetString(), Assert.Single(thread.Drafts).MessageId);
    }

    [Fact]
    public async Task RunOnce_Twice_CreatesNoSecondDraft()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")]);

        await world.RunOnceAsync();
        world.Clock.Advance(TimeSpan.FromDays(1));
        var second = await world.RunOnceAsync();

        Assert.Equal(0, second);
        Assert.Single(await world.DraftsAsync());
    }

    [Fact]
    public async Task RunOnce_NotYetDue_WaitsUntilTenDaysAfterSending()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-3d")]);

        await world.RunOnceAsync();

        Assert.Empty(await world.DraftsAsync());
        var thread = Assert.Single(await world.StatusAsync());
        Assert.Equal("waiting", thread.State);
        Assert.Equal(SandboxWorld.DefaultStart.AddDays(7), thread.NextActionAt);
    }

    [Fact]
    public async Task FollowUp_ReplyBeforeDueTime_CancelsFollowUp()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-3d")]);
        await world.RunOnceAsync();

        // The answer lands a minute before the due time; the trigger for it is still set.
        world.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        await world.DeliverAsync(Outreach.ReplyFromDirector("now"));
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        var created = await world.RunOnceAsync();

        Assert.Equal(0, created);
        Assert.Empty(await world.DraftsAsync());
        Assert.Equal("answered", Assert.Single(await world.StatusAsync()).State);
    }

    [Fact]
    public async Task FollowUp_ReplyInAnotherConversation_CancelsFollowUp()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-12d")]);
        await world.DeliverAsync(Outreach.ReplyFromDirector("-2d", conversation: "director-wrote-fresh"));

        var created = await world.RunOnceAsync();

        Assert.Equal(0, created);
        Assert.Equal("answered", Assert.Single(await world.StatusAsync()).State);
    }

    [Fact]
    public async Task FollowUp_OnlyAutomaticReply_StillCreatesDraftAfterTheReturn()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-3d"), Outreach.AutomaticReply("-3d")]);
        await world.RunOnceAsync();

        // The note says "until Monday, November 16": the follow-up waits for Tuesday.
        world.Clock.Advance(TimeSpan.FromDays(16));
        var created = await world.RunOnceAsync();

        Assert.Equal(1, created);
        Assert.Single(await world.DraftsAsync());
    }

    [Fact]
    public async Task Track_ReplyToSomeoneWhoWroteFirst_IsNotTracked()
    {
        var friend = new SeedMessage
        {
            Key = "friend-1",
            Folder = "inbox",
            From = "Lina Park <lina.park@example.com>",
            To = [SandboxWorld.Owner],
            Subject = "Dinner on Friday?",
            Sent = "-20d",
            Conversation = "friend",
        };
        var answer = new SeedMessage
        {
            Key = "friend-2",
            Folder = "sentitems",
            From = SandboxWorld.Owner,
            To = ["Lina Park <lina.park@example.com>"],
            Subject = "RE: Dinner on Friday?",
            Sent = "-19d",
            Conversation = "friend",
            InReplyTo = "friend-1",
        };
        await using var world = await SandboxWorld.StartAsync([friend, answer]);

        var created = await world.RunOnceAsync();

        Assert.Equal(0, created);
        Assert.Empty(await world.StatusAsync());
    }
}
