using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OutreachAssistant.Graph;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Mailboxes;

namespace OutreachAssistant.Worker.Tests.Mailboxes;

public sealed class MailboxGuardTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("outreach-guard-").FullName;
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private ServiceProvider services = null!;

    private MailboxHealth Health => services.GetRequiredService<MailboxHealth>();

    public async Task InitializeAsync()
    {
        services = new ServiceCollection()
            .AddOutreachStorage(new StorageDatabase(StorageProvider.Sqlite, string.Empty), Path.Combine(folder, "state.db"))
            .BuildServiceProvider();
        await services.GetRequiredService<StateMigrator>().EnsureCreatedAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task RunAsync_ManySuccessesInARow_WellIsWrittenOnceUntilTheIntervalHasPassed()
    {
        var guard = new MailboxGuard(Health, clock, NullLogger<MailboxGuard>.Instance);
        var first = clock.GetUtcNow();

        for (var thread = 0; thread < 5; thread++)
        {
            Assert.True(await guard.RunAsync("demo", _ => Task.CompletedTask, CancellationToken.None));
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(first, (await StateOfAsync()).UpdatedAt);

        clock.Advance(MailboxGuard.SayWellEvery);
        await guard.RunAsync("demo", _ => Task.CompletedTask, CancellationToken.None);

        Assert.Equal(clock.GetUtcNow(), (await StateOfAsync()).UpdatedAt);
    }

    [Fact]
    public async Task RunAsync_SuccessRightAfterAFailure_IsWrittenAtOnce()
    {
        var guard = new MailboxGuard(Health, clock, NullLogger<MailboxGuard>.Instance);
        await guard.RunAsync("demo", _ => Task.CompletedTask, CancellationToken.None);

        Assert.False(await guard.RunAsync("demo", _ => throw new MalformedMessageException("a page came without its delta link"), CancellationToken.None));
        Assert.Equal(MailboxFailure.Failing, (await StateOfAsync()).Status);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await guard.RunAsync("demo", _ => Task.CompletedTask, CancellationToken.None));

        var state = await StateOfAsync();
        Assert.Equal(MailboxFailure.Ok, state.Status);
        Assert.Equal(clock.GetUtcNow(), state.UpdatedAt);
    }

    private async Task<MailboxState> StateOfAsync() => Assert.Single(await Health.ListAsync(CancellationToken.None));
}
