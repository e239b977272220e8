using Microsoft.EntityFrameworkCore;
using OutreachAssistant.Storage;
using OutreachAssistant.Storage.Entities;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.PostgreSql;

/// <summary>
/// Two nodes that read the same claim at once, as a claim left by a dead node is read by every other: exactly one of
/// them holds the key afterwards. On PostgreSQL this rests on the claim's serializable transaction; with read committed
/// both would update the row and both would go on to make the draft.
/// </summary>
[Collection(SharedPostgreSqlServer.Name)]
public sealed class DraftClaimRaceTests(PostgreSqlServer postgres)
{
    private const int Rounds = 40;

    private static readonly DateTimeOffset Now = new(2026, 11, 2, 15, 0, 0, TimeSpan.Zero);

    [PostgreSqlFact]
    public async Task Claim_TwoNodesAtOnce_ExactlyOneHoldsEachKey()
    {
        var factory = new Contexts(await postgres.CreateDatabaseAsync());
        await using (var db = factory.CreateDbContext())
        {
            await StateMigrations.MigrateAsync(db, CancellationToken.None);
        }

        var ledgers = new[] { new DraftLedger(factory), new DraftLedger(factory) };
        for (var round = 0; round < Rounds; round++)
        {
            var key = $"thread-{round}/follow-up/1";

            // Half the rounds race for a new key, half for one a dead node left long ago.
            if (round % 2 == 1)
            {
                await ledgers[0].ClaimAsync(Claim(key, "dead-node"), Now.AddHours(-1), CancellationToken.None);
            }

            var results = await Task.WhenAll(ledgers.Select((ledger, node) =>
                Task.Run(() => ledger.ClaimAsync(Claim(key, $"node-{node}"), Now.AddMinutes(-10), CancellationToken.None))));

            var winners = results.Count(r => r.Outcome is DraftClaimOutcome.Claimed or DraftClaimOutcome.TakenOver);
            Assert.True(winners == 1, $"round {round}: {string.Join(", ", results.Select(r => r.Outcome))}");
        }
    }

    private static DraftClaimEntity Claim(string key, string holder) =>
        new() { DraftKey = key, ThreadId = key.Split('/')[0], Holder = holder, ClaimedAt = holder == "dead-node" ? Now.AddHours(-2) : Now };

    private sealed class Contexts(string connectionString) : IDbContextFactory<OutreachDbContext>
    {
        public OutreachDbContext CreateDbContext() =>
            new PostgreSqlOutreachDbContext(new DbContextOptionsBuilder<PostgreSqlOutreachDbContext>().UseNpgsql(connectionString).Options);
    }
}
