using Microsoft.Data.Sqlite;

namespace OutreachAssistant.Sandbox.Tests.Infrastructure;

/// <summary>Turns a sandbox file back into the format made before delta and lists paged in SQL.</summary>
public static class OldFormatFile
{
    // The messages table as it was: the JSON document and no columns to page or filter on.
    private const string Downgrade = """
        CREATE TABLE old_messages(
            mailbox_id TEXT NOT NULL, id TEXT NOT NULL, folder_id TEXT NOT NULL,
            sequence INTEGER NOT NULL, document TEXT NOT NULL, PRIMARY KEY(mailbox_id, id));
        INSERT INTO old_messages SELECT mailbox_id, id, folder_id, sequence, document FROM messages;
        DROP TABLE messages;
        ALTER TABLE old_messages RENAME TO messages;
        CREATE INDEX messages_by_folder ON messages(mailbox_id, folder_id);
        DROP TABLE message_extended_properties;
        """;

    public static void MakeOld(string databasePath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        using (var downgrade = connection.CreateCommand())
        {
            downgrade.CommandText = Downgrade;
            downgrade.ExecuteNonQuery();
        }

        using var columns = connection.CreateCommand();
        columns.CommandText = "SELECT COUNT(*) FROM pragma_table_info('messages')";
        Assert.Equal(5L, columns.ExecuteScalar());
    }
}
