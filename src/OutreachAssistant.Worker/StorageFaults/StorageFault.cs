using Microsoft.Data.Sqlite;
using Npgsql;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Configuration;
using Quartz;

namespace OutreachAssistant.Worker.StorageFaults;

/// <summary>
/// What is wrong with the data folder or one of its files, and what the user can do about it: printed as one
/// line, never as a stack trace. It names the file; it never carries an address or a subject.
/// </summary>
public sealed record StorageFault(string Problem, string Remedy)
{
    public const string Prefix = "Storage error: ";

    /// <summary>Where the data folder is unknown (a fault met after start-up), the line names the setting instead.</summary>
    private const string UnknownFolder = $"the data folder ({DataDirectoryPath.Key})";

    public string Line => $"{Prefix}{Problem}. {Remedy}";

    /// <summary>
    /// The storage fault anywhere in the exception's chain, or null when it is none (a bug, a mailbox's failure).
    /// A SQLite error met inside Quartz is schedule.db's; any other is the state store's.
    /// </summary>
    public static StorageFault? From(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);

        // A stop cancels the query in flight, and Npgsql puts the server's "canceled" error inside: no fault.
        if (exception is OperationCanceledException)
        {
            return null;
        }

        if (Find<StorageFaultException>(exception) is { } known)
        {
            return known.Fault;
        }

        if (Find<SqliteException>(exception) is { } sqlite)
        {
            var file = Find<SchedulerException>(exception) is null ? OutreachPaths.StateFile : OutreachPaths.ScheduleFile;
            return FromSqlite(sqlite, file, UnknownFolder);
        }

        if (Find<NpgsqlException>(exception) is { } postgres)
        {
            return FromPostgreSql(postgres);
        }

        // Below an HTTP failure an IOException is the network's, which the mailbox's guard reports.
        return Find<HttpRequestException>(exception) is null && Find<IOException>(exception) is { } io
            ? FromFolderIo(io, UnknownFolder)
            : null;
    }

    /// <summary>The shared database refused or could not be reached; the server's own words say which (never a password).</summary>
    public static StorageFault FromPostgreSql(NpgsqlException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var why = exception is PostgresException server ? $"{server.MessageText} ({server.SqlState})" : exception.Message.TrimEnd('.');
        return new(
            $"the PostgreSQL database ({StorageDatabase.ConnectionStringKey}) could not be used: {why}",
            "Check that the server runs and that the connection string's host, port, database, user and password are right.");
    }

    /// <summary>A SQLite error on a file; <paramref name="folder"/> is the data folder as the user should read it.</summary>
    public static StorageFault? FromSqlite(SqliteException exception, string file, string folder)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var name = Path.GetFileName(file);
        return (exception.SqliteErrorCode & 0xFF) switch
        {
            SqliteResultCodes.NotADatabase => NotADatabase(file),
            SqliteResultCodes.Corrupt => Damaged(file),
            SqliteResultCodes.Full => DiskFull(folder, $"{name} could not be written"),
            SqliteResultCodes.ReadOnly => Unwritable(folder, $"{name} is read-only, or the folder is"),
            SqliteResultCodes.CannotOpen => new($"{file} cannot be opened", $"Check that {folder} exists and that the service's user may read and write it and its files."),
            SqliteResultCodes.IoError => new($"{file} could not be read or written (disk I/O error)", "It has been left as it is; check the disk and the free space, then run again."),
            SqliteResultCodes.Busy or SqliteResultCodes.Locked => new($"{file} is in use by another process (is another outreach running?)", "Wait for it to finish, or stop it, then run again."),
            _ => null,
        };
    }

    /// <summary>A file-system error on the data folder: a full disk, a read-only mount, no permission.</summary>
    public static StorageFault? FromFolderIo(Exception exception, string folder) => exception switch
    {
        UnauthorizedAccessException => Unwritable(folder, "the service's user may not write there"),
        IOException io when FileSystemErrors.IsDiskFull(io) => DiskFull(folder, "nothing could be written there"),
        IOException io when FileSystemErrors.IsReadOnlyFileSystem(io) => Unwritable(folder, "it is on a read-only file system"),
        _ => null,
    };

    public static StorageFault NotADatabase(string file) =>
        new($"{file} is not a SQLite database (or is encrypted)", LeftAsItIs(file));

    public static StorageFault Damaged(string file) =>
        new($"{file} is damaged (database disk image is malformed)", LeftAsItIs(file));

    public static StorageFault DiskFull(string folder, string what) =>
        new($"the disk holding {folder} is full ({what})", "Free some space and run again; nothing was lost.");

    public static StorageFault Unwritable(string folder, string why) =>
        new($"{folder} cannot be written ({why})", $"Nothing was changed; make it writable for the service's user, or set {DataDirectoryPath.Key} to a folder that is.");

    /// <summary>What moving a bad file aside costs depends on the file: only the state holds history.</summary>
    private static string LeftAsItIs(string file) => Path.GetFileName(file) switch
    {
        OutreachPaths.ScheduleFile => "It has been left as it is; move it aside and run again: the schedule is rebuilt from state.db.",
        var name when name == new EmbeddedSandboxOptions().DatabaseFile => "It has been left as it is; move it aside and run again: the sandbox mailbox is seeded afresh.",
        _ => "It has been left as it is; move it aside to start afresh, or restore a backup.",
    };

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }

            if (current is AggregateException { InnerExceptions.Count: > 0 } aggregate && aggregate.InnerExceptions.Select(Find<T>).FirstOrDefault(f => f is not null) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }
}
