using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Storage;

/// <summary>
/// Files made before delta and lists paged in SQL have only the JSON document of each message: they get the
/// columns (and extended property rows) of <see cref="MessageColumns"/>, filled from the documents, on open.
/// </summary>
internal static class PagingColumnsUpgrade
{
    private const int Batch = 1000;

    public static void Apply(StoreSession session)
    {
        if (session.HasColumn("messages", "received_ticks"))
        {
            return;
        }

        session.Execute("ALTER TABLE messages ADD COLUMN received_ticks INTEGER NOT NULL DEFAULT 0");
        session.Execute("ALTER TABLE messages ADD COLUMN conversation_id TEXT NULL");
        session.Execute("ALTER TABLE messages ADD COLUMN from_address TEXT NULL");

        // In batches by rowid, so a large old file is not held in memory at once.
        var lastRowId = long.MinValue;
        while (true)
        {
            var rows = new List<(long RowId, string MailboxId, string Document)>();
            using (var command = session.Command(
                "SELECT rowid, mailbox_id, document FROM messages WHERE rowid > $r ORDER BY rowid LIMIT $n", ("$r", lastRowId), ("$n", Batch)))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
                }
            }

            if (rows.Count == 0)
            {
                return;
            }

            foreach (var (_, mailboxId, document) in rows)
            {
                session.Messages.WriteColumns(mailboxId, MessageJson.Deserialize(document));
            }

            lastRowId = rows[^1].RowId;
        }
    }
}
