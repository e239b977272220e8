using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.PostgreSql;

/// <summary>
/// PostgreSQL's own migration set (Migrations/PostgreSql) makes the schema of an empty database, and brings a database
/// of an earlier migration (the first one, the schema the first release on PostgreSQL makes) up to this one, keeping
/// its rows; a database a newer version migrated is refused, as a SQLite file is.
/// </summary>
[Collection(SharedPostgreSqlServer.Name)]
public sealed class PostgreSqlMigrationTests(PostgreSqlServer postgres)
{
    [PostgreSqlFact]
    public async Task EmptyDatabase_MadeByEveryPostgreSqlMigration_AndKeptAtTheNextStart()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using (var db = Context(connectionString))
        {
            await StateMigrations.MigrateAsync(db, CancellationToken.None);
        }

        await using var again = Context(connectionString);
        await StateMigrations.MigrateAsync(again, CancellationToken.None);

        var migrations = again.Database.GetMigrations().ToList();
        Assert.NotEmpty(migrations);
        Assert.Equal(migrations, await again.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await again.Threads.ToListAsync());
    }

    /// <summary>Nodes of an office start together on a new database: each migrates it, and only one may make each table.</summary>
    [PostgreSqlFact]
    public async Task EmptyDatabase_MigratedBySeveralStartingAtOnce_MadeOnceWithoutAnError()
    {
        for (var round = 1; round <= 3; round++)
        {
            var connectionString = await postgres.CreateDatabaseAsync();
            var starts = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                await using var db = Context(connectionString);
                await StateMigrations.MigrateAsync(db, CancellationToken.None);
            }));

            await Task.WhenAll(starts);

            await using var after = Context(connectionString);
            Assert.Equal(after.Database.GetMigrations(), await after.Database.GetAppliedMigrationsAsync());
        }
    }

    [PostgreSqlFact]
    public async Task DatabaseOfTheFirstMigration_Migrated_KeepsItsRows()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using (var first = Context(connectionString))
        {
            await first.GetService<IMigrator>().MigrateAsync(first.Database.GetMigrations().First());
        }

        await ExecuteAsync(connectionString, """
            INSERT INTO "DraftClaims" ("DraftKey", "ThreadId", "Holder", "ClaimedAt", "MessageId") VALUES ('t-1/follow-up/1', 't-1', 'node-a', 1764000000000, 'm-1');
            """);

        await using var db = Context(connectionString);
        await StateMigrations.MigrateAsync(db, CancellationToken.None);

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal("m-1", (await db.DraftClaims.SingleAsync()).MessageId);
    }

    [PostgreSqlFact]
    public async Task DatabaseOfANewerVersion_RefusedNamingTheMigration_AndLeftAsItWas()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using (var db = Context(connectionString))
        {
            await StateMigrations.MigrateAsync(db, CancellationToken.None);
        }

        await ExecuteAsync(connectionString, """INSERT INTO "__EFMigrationsHistory" VALUES ('29990101000000_FromTheFuture', '99.0.0');""");

        await using var newer = Context(connectionString);
        var error = await Assert.ThrowsAsync<StateSchemaMismatchException>(() => StateMigrations.MigrateAsync(newer, CancellationToken.None));

        Assert.Contains("29990101000000_FromTheFuture", error.Message, StringComparison.Ordinal);
        Assert.Contains("PostgreSQL database", error.Message, StringComparison.Ordinal);
    }

    private static PostgreSqlOutreachDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgreSqlOutreachDbContext>().UseNpgsql(connectionString).Options);

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
