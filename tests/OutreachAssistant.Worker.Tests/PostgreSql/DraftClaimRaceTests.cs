using Microsoft.EntityFrameworkCore;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.PostgreSql;

/// <summary>
/// Draft claims between nodes on PostgreSQL. Two nodes that read the same claim at once, as a claim left by a dead node
/// is read by every other: exactly one holds the key afterwards (the claim's serializable transaction; with read
/// committed both would update the row and both go on to make the draft). A live node's claim is never taken over,
/// however old; a dead node's is, at once, because the database let its session's lock go.
/// </summary>
[Collection(SharedPostgreSqlServer.Name)]
public sealed class DraftClaimRaceTests(PostgreSqlServer postgres)
{
    private const int Rounds = 40;

    private static readonly DateTimeOffset Now = new(2026, 11, 2, 15, 0, 0, TimeSpan.Zero);

    /// <summary>What a PostgreSQL node's writer passes: never take a claim over for its age.</summary>
    private static readonly DateTimeOffset NeverForItsAge = DateTimeOffset.MinValue;

    [PostgreSqlFact]
    public async Task Claim_TwoNodesAtOnce_ExactlyOneHoldsEachKey()
    {
        var contexts = await MigratedAsync();
        await using var first = new DraftClaimHolders(contexts);
        await using var second = new DraftClaimHolders(contexts);
        var ledgers = new[] { new DraftLedger(contexts, first), new DraftLedger(contexts, second) };
        for (var round = 0; round < Rounds; round++)
        {
            var key = $"thread-{round}/follow-up/1";

            // Half the rounds race for a new key, half for one a node that died left.
            if (round % 2 == 1)
            {
                await ClaimAndDieAsync(contexts, key);
            }

            var results = await Task.WhenAll(ledgers.Select((ledger, node) =>
                Task.Run(() => ledger.ClaimAsync(Claim(key, $"node-{node}"), NeverForItsAge, CancellationToken.None))));

            var winners = results.Count(r => r.Outcome is DraftClaimOutcome.Claimed or DraftClaimOutcome.TakenOver);
            Assert.True(winners == 1, $"round {round}: {string.Join(", ", results.Select(r => r.Outcome))}");
        }
    }

    [PostgreSqlFact]
    public async Task Claim_OfALiveNode_NeverTakenOver_OfTheSameNodeOnceItsSessionEnds_TakenOverAtOnce()
    {
        var contexts = await MigratedAsync();
        await using var survivorHolders = new DraftClaimHolders(contexts);
        var survivor = new DraftLedger(contexts, survivorHolders);
        var victimHolders = new DraftClaimHolders(contexts);
        var victim = new DraftLedger(contexts, victimHolders);
        const string key = "thread-1/follow-up/1";
        Assert.Equal(DraftClaimOutcome.Claimed, (await victim.ClaimAsync(Claim(key, "victim"), NeverForItsAge, CancellationToken.None)).Outcome);

        var whileAlive = await survivor.ClaimAsync(Claim(key, "survivor"), NeverForItsAge, CancellationToken.None);
        await victimHolders.DisposeAsync();
        var afterDeath = await survivor.ClaimAsync(Claim(key, "survivor"), NeverForItsAge, CancellationToken.None);

        Assert.Equal(DraftClaimOutcome.HeldByAnother, whileAlive.Outcome);
        Assert.Equal(DraftClaimOutcome.TakenOver, afterDeath.Outcome);
    }

    private async Task<Contexts> MigratedAsync()
    {
        var contexts = new Contexts(await postgres.CreateDatabaseAsync());
        await using var db = contexts.CreateDbContext();
        await StateMigrations.MigrateAsync(db, CancellationToken.None);
        return contexts;
    }

    /// <summary>A node claims the key and dies: its session, and with it its lock, ends.</summary>
    private static async Task ClaimAndDieAsync(Contexts contexts, string key)
    {
        await using (var holders = new DraftClaimHolders(contexts))
        {
            await new DraftLedger(contexts, holders).ClaimAsync(Claim(key, "dead-node"), NeverForItsAge, CancellationToken.None);
        }

        // The server ends the closed session, and lets its lock go, a moment after the socket closes; the race is
        // between the nodes that see the death, not with the server's noticing it (under load, both saw it alive).
        await using var observer = new DraftClaimHolders(contexts);
        for (var tries = 0; !await observer.IsGoneAsync("dead-node", CancellationToken.None); tries++)
        {
            Assert.True(tries < 500, "the dead node's session still held its lock after 10 s");
            await Task.Delay(20);
        }
    }

    private static DraftClaim Claim(string key, string holder) =>
        new() { DraftKey = key, ThreadId = key.Split('/')[0], Holder = holder, ClaimedAt = Now };

    private sealed class Contexts(string connectionString) : IDbContextFactory<OutreachDbContext>
    {
        public OutreachDbContext CreateDbContext() =>
            new PostgreSqlOutreachDbContext(new DbContextOptionsBuilder<PostgreSqlOutreachDbContext>().UseNpgsql(connectionString).Options);
    }
}
