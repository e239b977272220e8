using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OutreachAssistant.Storage;

/// <summary>
/// Brings the state file to this version's schema with EF Core migrations, keeping every row. A new file gets the
/// same schema from <see cref="NewStateScript"/> in one transaction, without EF Core's migrator. A file of the
/// last release before migrations (stamped in <c>user_version</c>) is adopted: its history gets the baseline
/// migration, which describes exactly that schema, and the later migrations run on it. A PostgreSQL database has its
/// own migrations (<see cref="PostgreSqlOutreachDbContext"/>) and no release before them to adopt.
/// </summary>
public static class StateMigrations
{
    /// <summary>An arbitrary key of ours for the advisory lock around migrating a PostgreSQL database.</summary>
    private const long MigrationLock = 0x4F75_7472_6561_6368;

    /// <exception cref="StateSchemaMismatchException">The file was made by a version that cannot be upgraded, or by a newer one; it is left untouched.</exception>
    public static async Task MigrateAsync(OutreachDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        if (!db.Database.IsSqlite())
        {
            await MigratePostgreSqlAsync(db, connection, cancellationToken);
            return;
        }

        await MakeNewOrAdoptAsync(db, connection, cancellationToken);
        if (!await IsCurrentAsync(db, connection, cancellationToken))
        {
            await RefuseNewerAsync(db, connection.DataSource, cancellationToken);

            // EF Core's migration lock on SQLite is a row a killed process leaves behind: it is let go first
            // (SqliteMigrationGuard).
            await using (await SqliteMigrationGuard.EnterAsync(connection, cancellationToken))
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
        }

        // Readers never wait for the writer, nor the writer for them. The mode is kept in the file, and cannot
        // change inside a transaction.
        await using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode = 'wal';";
        await wal.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Nodes of an office may start together on a new database, and EF Core's own migration lock did not keep them
    /// apart: two nodes both ran one migration, and the second failed adding a column the first had added. The
    /// whole migration, from making the history table on, runs under a session advisory lock of ours, which the
    /// server lets go when its holder's session ends, a killed node's included.
    /// </summary>
    private static async Task MigratePostgreSqlAsync(OutreachDbContext db, DbConnection connection, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({MigrationLock})", cancellationToken);
        try
        {
            await CreateHistoryTableAsync(db, connection, cancellationToken);
            await RefuseNewerAsync(db, $"The PostgreSQL database {connection.Database}", cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({MigrationLock})", CancellationToken.None);
        }
    }

    /// <summary>
    /// Whether the file's history holds exactly this version's migrations, read with a few plain queries. Every start but the
    /// first and an upgrade's finds it so, and then neither checks it through EF Core nor migrates, each of which builds
    /// a model of the history table first (by a CPU profile, about half of what <c>outreach status</c> spent opening
    /// the state). A migration lock row a killed process left is not current either: the way through migrating lets it go
    /// (<see cref="SqliteMigrationGuard"/>).
    /// </summary>
    private static async Task<bool> IsCurrentAsync(OutreachDbContext db, DbConnection connection, CancellationToken cancellationToken)
    {
        if (!await TableExistsAsync(connection, HistoryRepository.DefaultTableName, cancellationToken))
        {
            return false;
        }

        if (await TableExistsAsync(connection, SqliteMigrationGuard.LockTable, cancellationToken)
            && await CountAsync(connection, $"SELECT count(*) FROM \"{SqliteMigrationGuard.LockTable}\"", cancellationToken) > 0)
        {
            return false;
        }

        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using var read = connection.CreateCommand();
        read.CommandText = $"SELECT \"MigrationId\" FROM \"{HistoryRepository.DefaultTableName}\"";
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }

        return applied.SetEquals(db.Database.GetMigrations());
    }

    private static async Task<bool> TableExistsAsync(DbConnection connection, string table, CancellationToken cancellationToken) =>
        await CountAsync(connection, $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'", cancellationToken) > 0;

    private static async Task<long> CountAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task RefuseNewerAsync(OutreachDbContext db, string where, CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).FirstOrDefault(m => !known.Contains(m));
        if (unknown is not null)
        {
            throw StateSchemaMismatchException.Newer(where, unknown);
        }
    }

    /// <summary>
    /// In one immediate transaction, so two processes starting on one new file make it once: a file without tables gets
    /// this version's whole schema (<see cref="NewStateScript"/>); a file with tables but no migration history is either
    /// the last stamped release (adopted) or something this version cannot read (refused before anything is written).
    /// A process killed inside leaves a journal SQLite rolls back at the next open: the file is then new again.
    /// </summary>
    private static async Task MakeNewOrAdoptAsync(OutreachDbContext db, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var historyTable = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + HistoryRepository.DefaultTableName + "'";
        if (Convert.ToInt64(await ScalarAsync(transaction, historyTable, cancellationToken), CultureInfo.InvariantCulture) > 0)
        {
            return;
        }

        var stamp = Convert.ToInt32(await ScalarAsync(transaction, "PRAGMA user_version", cancellationToken), CultureInfo.InvariantCulture);
        // EF Core makes its lock table before the history: a first run killed between the two leaves a new file
        // with that table alone, which is still a new file (seen: KillNineTests, then "schema 0" refused).
        var tables = Convert.ToInt64(await ScalarAsync(transaction, $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name <> '{SqliteMigrationGuard.LockTable}'", cancellationToken), CultureInfo.InvariantCulture);
        if (stamp == 0 && tables == 0)
        {
            await using (var command = CommandOf(transaction, NewStateScript.Text))
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return;
        }

        if (stamp != StateSchema.LastStampedRelease)
        {
            throw StateSchemaMismatchException.Unknown(connection.DataSource, stamp);
        }

        var history = db.GetService<IHistoryRepository>();
        var adopt = history.GetCreateIfNotExistsScript()
            + history.GetInsertScript(new HistoryRow(StateSchema.BaselineMigration, StateSchema.BaselineProductVersion));
        await using (var command = CommandOf(transaction, adopt))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// PostgreSQL: the history table is made first, so that neither our check nor EF Core's reads a table that is not
    /// there (Npgsql's provider cannot tell beforehand and logs the failed read as an error, npgsql/efcore.pg#3407).
    /// </summary>
    private static Task CreateHistoryTableAsync(OutreachDbContext db, DbConnection connection, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = CommandOf(transaction, sql);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static DbCommand CommandOf(DbTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
