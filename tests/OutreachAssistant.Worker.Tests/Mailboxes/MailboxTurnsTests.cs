using OutreachAssistant.Worker.Mailboxes;

namespace OutreachAssistant.Worker.Tests.Mailboxes;

public sealed class MailboxTurnsTests
{
    [Fact]
    public async Task TakeAsync_SameMailbox_SecondWaitsUntilTheFirstEnds()
    {
        var turns = new MailboxTurns();
        var release = new TaskCompletionSource();
        var secondStarted = false;

        var first = turns.TakeAsync("amira@example.org", async () => { await release.Task; return 1; }, CancellationToken.None);
        var second = turns.TakeAsync("AMIRA@example.org", () => { secondStarted = true; return Task.FromResult(2); }, CancellationToken.None);

        Assert.False(second.IsCompleted);
        Assert.False(secondStarted);
        release.SetResult();
        Assert.Equal(1, await first);
        Assert.Equal(2, await second);
        Assert.True(secondStarted);
    }

    [Fact]
    public async Task TakeAsync_OtherMailbox_RunsBesideIt()
    {
        var turns = new MailboxTurns();
        var release = new TaskCompletionSource();

        var first = turns.TakeAsync("amira@example.org", async () => { await release.Task; return 1; }, CancellationToken.None);
        var other = await turns.TakeAsync("office@example.org", () => Task.FromResult(2), CancellationToken.None);

        Assert.Equal(2, other);
        Assert.False(first.IsCompleted);
        release.SetResult();
        Assert.Equal(1, await first);
    }

    [Fact]
    public async Task TakeAsync_WorkFails_TheTurnPassesOn()
    {
        var turns = new MailboxTurns();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            turns.TakeAsync<int>("amira@example.org", () => throw new InvalidOperationException("mailbox failed"), CancellationToken.None));

        Assert.Equal(3, await turns.TakeAsync("amira@example.org", () => Task.FromResult(3), CancellationToken.None));
    }

    [Fact]
    public async Task TakeAsync_CancelledWhileWaiting_StopsWaitingAndLeavesTheTurn()
    {
        var turns = new MailboxTurns();
        var release = new TaskCompletionSource();
        using var cancel = new CancellationTokenSource();

        var first = turns.TakeAsync("amira@example.org", async () => { await release.Task; return 1; }, CancellationToken.None);
        var waiting = turns.TakeAsync("amira@example.org", () => Task.FromResult(2), cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        release.SetResult();
        Assert.Equal(1, await first);
        Assert.Equal(4, await turns.TakeAsync("amira@example.org", () => Task.FromResult(4), CancellationToken.None));
    }
}
