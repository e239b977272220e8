using OutreachAssistant.Graph.Resilience;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Resilience;

/// <summary>
/// A Retry-After and the retry after it must fit in the HttpClient's timeout. Scaled down: attempts of one
/// second and a Retry-After of three, against no overall limit (the default) and a two-second one.
/// </summary>
/// <remarks>
/// On the real clock on purpose: the overall limit is HttpClient's Timeout, which counts wall time whatever
/// clock the retry layer is given, so only waits that take real time show whether they fit in it. The waits
/// themselves are tested on a fake clock (Graph.Tests, MailboxResilienceHandlerTests).
/// </remarks>
public sealed class RetryAfterBudgetTests
{
    [Fact]
    public async Task Throttled_RetryAfterLongerThanAnAttempt_NoOverallLimit_WaitsRetriesAndDrafts()
    {
        await using var world = await StartAsync();
        await world.AddFaultAsync(new { status = 429, code = "TooManyRequests", retryAfter = 3, path = "/delta", count = 1 });

        var created = await world.RunOnceAsync();

        Assert.Equal(1, created);
        Assert.Equal("ok", Assert.Single((await world.SnapshotAsync()).Mailboxes).Status);
    }

    [Fact]
    public async Task Throttled_RetryAfterOverrunsTheRequestTimeout_MailboxFailingWithALineNotACrash()
    {
        await using var world = await StartAsync();
        world.Overrides[$"{GraphResilienceOptions.SectionName}:RequestTimeout"] = "00:00:02";
        await world.AddFaultAsync(new { status = 429, code = "TooManyRequests", retryAfter = 3, path = "/delta", count = 1 });

        var created = await world.RunOnceAsync();

        var mailbox = Assert.Single((await world.SnapshotAsync()).Mailboxes);
        Assert.Equal(0, created);
        Assert.Equal("failing", mailbox.Status);
        Assert.Contains("RequestTimeout", mailbox.Detail, StringComparison.Ordinal);
    }

    private static async Task<SandboxWorld> StartAsync()
    {
        var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-16d")]);
        world.Overrides[$"{GraphResilienceOptions.SectionName}:AttemptTimeout"] = "00:00:01";
        world.Overrides[$"{GraphResilienceOptions.SectionName}:MaxRetries"] = "1";
        world.Overrides[$"{GraphResilienceOptions.SectionName}:BaseDelay"] = "00:00:00.100";
        return world;
    }
}
