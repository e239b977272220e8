using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Show;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Show;

/// <summary>
/// <c>outreach show THREAD|ADDRESS</c>: one thread's timeline from the store (what the plan was made from), its
/// findings and the plan's reason as <c>status</c> gives it; an address that names no thread or several is one line.
/// </summary>
public sealed class ShowReportTests
{
    private const string Colleague = "Maria Lopez <mlopez@childrens.example.org>";

    [Fact]
    public async Task Show_DraftedThread_TimelineOfTheOutreachAndTheDraftWithStatusReason()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")]);
        await world.RunOnceAsync();

        var shown = await ShowAsync(world, Outreach.DirectorAddress.ToUpperInvariant());
        var status = Assert.Single(await world.StatusAsync());

        Assert.Equal((status.ThreadId, status.State, status.Reason, status.NextActionAt), (shown.Thread.ThreadId, shown.Thread.State, shown.Thread.Reason, shown.Thread.NextActionAt));
        Assert.Equal("drafted", shown.Thread.State);
        Assert.Equal(
            [("sent", "the outreach"), ("draft", "follow-up 1 drafted by the service")],
            shown.Timeline.Select(e => (e.Kind, e.Detail)));
        Assert.Equal(new DateTimeOffset(2026, 10, 22, 11, 0, 0, TimeSpan.FromHours(-4)), shown.Timeline[0].At);
        var text = ShowOutput.ToText(shown);
        Assert.Contains($"why: {status.Reason}\n", text, StringComparison.Ordinal);
        Assert.Contains("  Thu 22 Oct 2026 11:00  sent            the outreach\n", text, StringComparison.Ordinal);
        Assert.Contains("findings: none\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_AutomaticReplyThenAColleagueAnswers_EachInTheTimelineAndAnswered()
    {
        await using var world = await SandboxWorld.StartAsync(
        [
            Outreach.ToDirector("-5d"),
            Outreach.AutomaticReply("-4d") with { InReplyTo = "outreach" },
            Outreach.ReplyFromDirector("-2d") with { Key = "colleague", From = Colleague, InReplyTo = "outreach" },
        ]);
        await world.RunOnceAsync();
        var threadId = Assert.Single(await world.StatusAsync()).ThreadId;

        var shown = await ShowAsync(world, threadId);

        Assert.Equal(
            ["sent", "automatic-reply", "received"],
            shown.Timeline.Select(e => e.Kind));
        Assert.Equal("an automatic reply; back on Mon 16 Nov 2026", shown.Timeline[1].Detail);
        Assert.Equal("an answer from mlopez@childrens.example.org, in the conversation", shown.Timeline[2].Detail);
        Assert.Equal("answered", shown.Thread.State);
        Assert.Contains("\"kind\": \"automatic-reply\"", ShowOutput.ToJson(shown), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_OutreachWithAFinding_FindingNamesTheMessage()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-3d") with { Subject = "Question" }]);
        await world.RunOnceAsync();

        var text = ShowOutput.ToText(await ShowAsync(world, Outreach.DirectorAddress));

        Assert.Contains("  warning subject.unclear on your message of Fri 30 Oct 2026 11:00: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_UnknownAddress_OneLineSayingSo()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-3d")]);
        await world.RunOnceAsync();

        var error = await Assert.ThrowsAsync<ShowInputException>(() => ShowAsync(world, "nobody@example.org"));

        Assert.Equal("No outreach thread with nobody@example.org is tracked (outreach status lists the threads).", error.Message);
    }

    [Fact]
    public async Task Show_AddressWithTwoThreads_ListsBothIds()
    {
        await using var world = await SandboxWorld.StartAsync(
        [
            Outreach.ToDirector("-60d"),
            Outreach.ReplyFromDirector("-59d"),
            Outreach.ToDirector("-3d", key: "second", conversation: "thread-2") with { Subject = "A new question about electives" },
        ]);
        await world.RunOnceAsync();
        var ids = (await world.StatusAsync()).Select(t => t.ThreadId).ToList();

        var error = await Assert.ThrowsAsync<ShowInputException>(() => ShowAsync(world, Outreach.DirectorAddress));

        Assert.Equal(2, ids.Count);
        Assert.StartsWith($"{Outreach.DirectorAddress} has 2 threads; show one by its id: ", error.Message, StringComparison.Ordinal);
        Assert.All(ids, id => Assert.Contains(id, error.Message, StringComparison.Ordinal));
        Assert.DoesNotContain('\n', error.Message);
    }

    private static async Task<ShowSnapshot> ShowAsync(SandboxWorld world, string threadOrAddress)
    {
        using var host = world.BuildHost(HostMode.Command);
        return await host.Services.GetRequiredService<ShowReport>().ReadAsync(threadOrAddress, CancellationToken.None);
    }
}
