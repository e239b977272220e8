using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace OutreachAssistant.Storage;

/// <summary>
/// Whether the host that holds a draft claim still runs, asked of the database rather than of a clock. On PostgreSQL
/// each host that claims holds a session-level advisory lock named after its holder id for as long as it runs, on a
/// connection of its own; the server lets the lock go when that session ends, as it does when the process is killed
/// and the kernel closes its socket. A claim whose holder's lock can be taken is a dead host's, and another node may take
/// it over at once. On SQLite one process works on a data folder at a time (its lock), so there is nothing to ask here.
/// </summary>
public sealed class DraftClaimHolders(IDbContextFactory<OutreachDbContext> contexts) : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private NpgsqlConnection? session;
    private string? heldFor;

    /// <summary>Takes this host's lock before its first claim; later calls return at once.</summary>
    public async Task HoldAsync(string holder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(holder);
        if (Volatile.Read(ref heldFor) == holder)
        {
            return;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (heldFor == holder || await ConnectionStringAsync(cancellationToken) is not { } connectionString)
            {
                return;
            }

            // Not from the pool: closing it must end the session, and with it the lock.
            var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, "SELECT pg_advisory_lock(@key)", holder, cancellationToken);
            (session, heldFor) = (connection, holder);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>True only when the database says the holder's session has ended; false on SQLite, which cannot tell.</summary>
    public async Task<bool> IsGoneAsync(string holder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(holder);
        if (await ConnectionStringAsync(cancellationToken) is not { } connectionString)
        {
            return false;
        }

        // A transaction's lock: it ends with the transaction, so a pooled session (never reset) keeps no lock even
        // when this is cancelled half-way.
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        return await ExecuteAsync(connection, "SELECT pg_try_advisory_xact_lock(@key)", holder, cancellationToken) is true;
    }

    public async ValueTask DisposeAsync()
    {
        if (session is not null)
        {
            await session.DisposeAsync();
        }

        gate.Dispose();
    }

    private async Task<string?> ConnectionStringAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return db.Database.IsNpgsql() ? db.Database.GetConnectionString() : null;
    }

    private static async Task<object?> ExecuteAsync(NpgsqlConnection connection, string sql, string holder, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", KeyOf(holder));
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>The advisory lock's 64-bit key: the start of the holder id's SHA-256, the same in every process.</summary>
    private static long KeyOf(string holder) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(holder)), 0);
}
