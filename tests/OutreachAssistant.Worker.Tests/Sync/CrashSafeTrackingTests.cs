using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Sync;

/// <summary>
/// A sync that stops after storing messages and before their threads are made (here: the mailbox refuses the
/// category on the first outreach's finding) loses nothing: the next run tracks every message again.
/// </summary>
public sealed class CrashSafeTrackingTests
{
    [Fact]
    public async Task Sync_StopsBetweenStoringMessagesAndMakingThreads_NextRunTracksThemAll()
    {
        SeedMessage[] outreach =
        [
            // An unfilled placeholder: its finding is written as a category on the sent message, which fails once.
            Outreach.ToDirector("-11d", "first", "c1") with { Body = "Dear [Name],\nWould a short observership be possible?\nAmira Haddad" },
            Outreach.ToDirector("-11d", "second", "c2") with { To = ["Dr. Ravi Rao <rrao@heart.example.org>"] },
            Outreach.ToDirector("-11d", "third", "c3") with { To = ["Dr. Lena Berg <lberg@lung.example.org>"] },
        ];
        await using var world = await SandboxWorld.StartAsync(outreach);
        await world.AddFaultAsync(new { method = "PATCH", status = 403, code = "ErrorAccessDenied", count = 1 });

        var createdFirst = await world.RunOnceAsync();
        var createdNext = await world.RunOnceAsync();

        Assert.Equal(0, createdFirst);
        Assert.Equal(3, createdNext);
        var threads = await world.StatusAsync();
        Assert.Equal(3, threads.Count);
        Assert.All(threads, t => Assert.Single(t.Drafts));
        Assert.Equal(3, (await world.DraftsAsync()).Count);
    }
}
