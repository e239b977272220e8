using Microsoft.Data.Sqlite;
using OutreachAssistant.Worker.Configuration;

namespace OutreachAssistant.Worker.StorageFaults;

/// <summary>
/// Checks, before anything is written, that the data folder can be written and that each of its SQLite files
/// that exists opens as a sound database. A bad schedule.db is thus reported before state.db is touched, and
/// every file is left as it was: files are read, never written, but for the rollback of a transaction a
/// crash left open, which SQLite makes at any first open.
/// </summary>
public sealed class DataFolderCheck(OutreachPaths paths)
{
    /// <summary>Every SQLite file of ours in the data folder, whether it exists yet or not.</summary>
    public IReadOnlyList<string> Files { get; } = paths.DatabaseFiles;

    public string DataDirectory => paths.DataDirectory;

    /// <exception cref="StorageFaultException">The folder or one of the files cannot be used; nothing was changed.</exception>
    public async Task EnsureUsableAsync(CancellationToken cancellationToken)
    {
        if (CheckFolder() is { } folderFault)
        {
            throw new StorageFaultException(folderFault);
        }

        foreach (var file in Files)
        {
            if (await CheckFileAsync(file, cancellationToken) is { } fileFault)
            {
                throw new StorageFaultException(fileFault);
            }
        }
    }

    /// <summary>Makes the folder if it is missing, then writes and removes a probe file in it.</summary>
    public StorageFault? CheckFolder()
    {
        var folder = paths.DataDirectory;
        if (File.Exists(folder))
        {
            return new($"{folder} is a file, not a folder", $"Set {DataDirectoryPath.Key} to a folder (it is made if it does not exist).");
        }

        var probe = Path.Combine(folder, $".write-check-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(probe, [1]);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return StorageFault.FromFolderIo(ex, folder)
                ?? new($"{folder} cannot be used ({ex.GetType().Name})", $"Set {DataDirectoryPath.Key} to a folder the service's user may write.");
        }
        finally
        {
            TryDelete(probe);
        }
    }

    /// <summary>Null when the file is sound or does not exist yet (it is made at the first run).</summary>
    public static async Task<StorageFault?> CheckFileAsync(string file, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        if (Directory.Exists(file))
        {
            return new($"{file} is a folder, not a SQLite database", "Move it aside; the file is made at the next run.");
        }

        if (!File.Exists(file))
        {
            return null;
        }

        var folder = Path.GetDirectoryName(file) ?? file;
        try
        {
            return await SqliteFileHeader.ReadAsync(file, cancellationToken) switch
            {
                SqliteFileKind.Empty => null,
                // A first transaction on a new file that outgrew SQLite's cache wrote pages before its header; killed
                // then, it leaves that file and the journal of the empty one, which SQLite rolls back at the first open.
                SqliteFileKind.Foreign when File.Exists(file + "-journal") => await QuickCheckAsync(file, cancellationToken),
                SqliteFileKind.Foreign => StorageFault.NotADatabase(file),
                _ => await QuickCheckAsync(file, cancellationToken),
            };
        }
        catch (SqliteException ex)
        {
            return StorageFault.FromSqlite(ex, file, folder)
                ?? new($"{file} cannot be read (SQLite error {ex.SqliteErrorCode})", "It has been left as it is; run `outreach doctor`, or move it aside to start afresh.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new($"{file} cannot be read ({ex.GetType().Name})", "It has been left as it is; check that the service's user may read and write it.");
        }
    }

    /// <summary>
    /// SQLite's own consistency check of every page's structure, read-only. It skips the index-to-table
    /// cross-check of <c>integrity_check</c>, which costs far more and finds nothing a start needs.
    /// </summary>
    private static async Task<StorageFault?> QuickCheckAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            return await QuickCheckAsync(file, SqliteOpenMode.ReadOnly, cancellationToken);
        }
        catch (SqliteException ex) when ((ex.SqliteErrorCode & 0xFF) == SqliteResultCodes.ReadOnly)
        {
            // A process that died mid-transaction left a journal that only a writer may roll back: SQLite's
            // own recovery, which the service's first open would do anyway. The folder was found writable.
            return await QuickCheckAsync(file, SqliteOpenMode.ReadWrite, cancellationToken);
        }
    }

    private static async Task<StorageFault?> QuickCheckAsync(string file, SqliteOpenMode mode, CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(1)";
        var verdict = await command.ExecuteScalarAsync(cancellationToken) as string;
        return verdict == "ok" ? null : StorageFault.Damaged(file);
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The probe could not be made, so there is nothing to remove.
        }
    }
}
