using System.Data.Common;

namespace OutreachAssistant.Storage;

/// <summary>
/// EF Core's migration lock on SQLite is a row in <c>__EFMigrationsLock</c>: a process killed while it migrates
/// leaves the row behind, and every later start waits for it for ever (seen: <c>kill -9</c> during a first run's
/// migrations, then a run that hung). Migrations therefore run under an OS lock on a file beside the state file,
/// which the OS lets go when its holder dies; holding it, no live process of ours is migrating the file, so a lock
/// row found then was left by a dead one and is removed.
/// </summary>
internal static class SqliteMigrationGuard
{
    /// <summary>EF Core's migration lock table, the first thing a migration makes in a new file.</summary>
    public const string LockTable = "__EFMigrationsLock";

    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(100);

    /// <returns>The held OS lock, to dispose once the migrations ran; nothing to hold for an in-memory database.</returns>
    public static async Task<IAsyncDisposable?> EnterAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var file = connection.DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:")
        {
            return null;
        }

        var held = await HoldAsync(file + ".migrating", cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{LockTable}'";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0)
        {
            command.CommandText = $"DELETE FROM \"{LockTable}\"";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return held;
    }

    /// <summary>Waits for the file's exclusive lock: another process's migrations take seconds.</summary>
    private static async Task<FileStream> HoldAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock(2) on Linux and macOS and a share lock on Windows.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(Retry, cancellationToken);
            }
        }
    }
}
