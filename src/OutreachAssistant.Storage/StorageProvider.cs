namespace OutreachAssistant.Storage;

/// <summary>The database engine the state is kept in.</summary>
public enum StorageProvider
{
    /// <summary>SQLite files in the data folder: one node.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by every node, with Quartz's clustered store beside the state.</summary>
    PostgreSql,
}
