using Microsoft.Data.Sqlite;

namespace OutreachAssistant.Worker.DryRun;

/// <summary>
/// Copies a SQLite database with SQLite's online backup, from a read-only connection: the copy holds every committed
/// transaction, what its write-ahead log holds included, as of one moment, even should a reader elsewhere checkpoint
/// it meanwhile; and the original is only read.
/// </summary>
public static class SqliteSnapshot
{
    public static void Copy(string source, string target)
    {
        using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        from.Open();
        to.Open();
        from.BackupDatabase(to);
    }
}
