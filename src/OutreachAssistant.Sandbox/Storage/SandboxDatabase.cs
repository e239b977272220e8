using Microsoft.Data.Sqlite;

namespace OutreachAssistant.Sandbox.Storage;

/// <summary>The single SQLite file that holds every sandbox mailbox.</summary>
internal sealed class SandboxDatabase(string path)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS mailboxes(
            id TEXT PRIMARY KEY, address TEXT NOT NULL, display_name TEXT NOT NULL,
            access_token TEXT NULL, ordinal INTEGER NOT NULL, sequence INTEGER NOT NULL DEFAULT 0,
            settings TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS folders(
            mailbox_id TEXT NOT NULL, id TEXT NOT NULL, well_known TEXT NOT NULL,
            display_name TEXT NOT NULL, parent_id TEXT NOT NULL, PRIMARY KEY(mailbox_id, id));
        CREATE TABLE IF NOT EXISTS messages(
            mailbox_id TEXT NOT NULL, id TEXT NOT NULL, folder_id TEXT NOT NULL,
            sequence INTEGER NOT NULL, document TEXT NOT NULL,
            received_ticks INTEGER NOT NULL DEFAULT 0, conversation_id TEXT NULL, from_address TEXT NULL,
            PRIMARY KEY(mailbox_id, id));
        CREATE TABLE IF NOT EXISTS message_extended_properties(
            mailbox_id TEXT NOT NULL, message_id TEXT NOT NULL, property_key TEXT NOT NULL, value_key TEXT NULL);
        CREATE INDEX IF NOT EXISTS extended_properties_by_value ON message_extended_properties(mailbox_id, property_key, value_key);
        CREATE INDEX IF NOT EXISTS extended_properties_by_message ON message_extended_properties(mailbox_id, message_id);
        CREATE TABLE IF NOT EXISTS tombstones(
            mailbox_id TEXT NOT NULL, id TEXT NOT NULL, folder_id TEXT NOT NULL, sequence INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS tombstones_by_folder ON tombstones(mailbox_id, folder_id, sequence);
        CREATE TABLE IF NOT EXISTS sync_tokens(
            token TEXT PRIMARY KEY, mailbox_id TEXT NOT NULL, state TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS mailbox_access(
            mailbox_id TEXT PRIMARY KEY, account TEXT NOT NULL, token_scopes TEXT NULL);
        """;

    // After the upgrades, which add these columns to older files. The folder-and-received index pages the initial
    // delta round and folder lists; the sequence one later delta rounds; the other two the client's list filters.
    // messages_by_folder is a prefix of both folder indexes, so older files lose it.
    private const string Indexes = """
        DROP INDEX IF EXISTS messages_by_folder;
        CREATE INDEX IF NOT EXISTS messages_by_received ON messages(mailbox_id, folder_id, received_ticks, id);
        CREATE INDEX IF NOT EXISTS messages_by_sequence ON messages(mailbox_id, folder_id, sequence);
        CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages(mailbox_id, conversation_id);
        CREATE INDEX IF NOT EXISTS messages_by_from ON messages(mailbox_id, from_address);
        """;

    // Every delta page mints a token; keep the newest per mailbox (Graph's own token cache is bounded too).
    private const string PruneTokens = """
        DELETE FROM sync_tokens WHERE rowid IN (
            SELECT rowid FROM (
                SELECT rowid, ROW_NUMBER() OVER (PARTITION BY mailbox_id ORDER BY rowid DESC) AS age FROM sync_tokens)
            WHERE age > 10000);
        """;

    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = false,
    }.ToString();

    public void EnsureCreated()
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        // journal_mode cannot change inside a transaction, so this runs before any session.
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode = WAL;";
            pragma.ExecuteNonQuery();
        }

        using var session = Open();
        session.Execute(Schema);
        AddTombstoneImmutableId(session);
        PagingColumnsUpgrade.Apply(session);
        session.Execute(Indexes);
        session.Execute(PruneTokens);
        session.Commit();
    }

    // Files made before immutable ids lack the column; their tombstones fall back to the id.
    private static void AddTombstoneImmutableId(StoreSession session)
    {
        if (!session.HasColumn("tombstones", "immutable_id"))
        {
            session.Execute("ALTER TABLE tombstones ADD COLUMN immutable_id TEXT NULL");
        }
    }

    public StoreSession Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return new StoreSession(connection);
    }
}
