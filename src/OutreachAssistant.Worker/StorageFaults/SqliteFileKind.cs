namespace OutreachAssistant.Worker.StorageFaults;

/// <summary>What a file's first bytes say it is.</summary>
public enum SqliteFileKind
{
    /// <summary>No bytes at all: SQLite takes it for a new, empty database.</summary>
    Empty,

    /// <summary>Not SQLite's header: another program's file, a text file, or an encrypted database.</summary>
    Foreign,

    /// <summary>SQLite's header; whether its pages are sound is for SQLite to say.</summary>
    Database,
}
