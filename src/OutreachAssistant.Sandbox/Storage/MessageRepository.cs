using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Storage;

internal sealed class MessageRepository(StoreSession session)
{
    /// <summary>Every message of a mailbox, for the admin endpoints (Graph's routes page in SQL).</summary>
    public IReadOnlyList<StoredMessage> List(string mailboxId)
    {
        using var command = session.Command("SELECT document FROM messages WHERE mailbox_id = $m", ("$m", mailboxId));
        return Read(command);
    }

    public StoredMessage? Find(string mailboxId, string id)
    {
        using var command = session.Command(
            "SELECT document FROM messages WHERE mailbox_id = $m AND id = $id", ("$m", mailboxId), ("$id", id));
        return command.ExecuteScalar() is string json ? MessageJson.Deserialize(json) : null;
    }

    public StoredMessage? FindByImmutableId(string mailboxId, string immutableId)
    {
        using var command = session.Command(
            "SELECT document FROM messages WHERE mailbox_id = $m AND json_extract(document, '$.immutableId') = $id",
            ("$m", mailboxId), ("$id", immutableId));
        return command.ExecuteScalar() is string json ? MessageJson.Deserialize(json) : null;
    }

    /// <summary>
    /// A folder's messages newest first (received time, then id) that come after the key <paramref name="after"/>
    /// and were last changed at or before <paramref name="upToSequence"/>; at most <paramref name="limit"/>.
    /// </summary>
    public IReadOnlyList<StoredMessage> NewestFirst(
        string mailboxId, string folderId, long upToSequence, (long Ticks, string Id)? after, SqlNarrowing narrowing, int limit)
    {
        // Named, or the planner may take the sequence index and sort the whole folder for a first page.
        var sql = "SELECT document FROM messages INDEXED BY messages_by_received WHERE mailbox_id = $m AND folder_id = $f AND sequence <= $u"
            + (after is null ? "" : " AND (received_ticks, id) < ($t, $i)")
            + narrowing.Sql
            + " ORDER BY received_ticks DESC, id DESC LIMIT $n";
        using var command = session.Command(
            sql,
            [("$m", mailboxId), ("$f", folderId), ("$u", upToSequence), ("$t", after?.Ticks), ("$i", after?.Id), ("$n", limit), .. narrowing.Parameters]);
        return Read(command);
    }

    /// <summary>A folder's messages last changed after one change and at or before another, in change order; at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<StoredMessage> ChangedBetween(
        string mailboxId, string folderId, long afterSequence, long upToSequence, SqlNarrowing narrowing, int limit)
    {
        var sql = "SELECT document FROM messages INDEXED BY messages_by_sequence WHERE mailbox_id = $m AND folder_id = $f AND sequence > $a AND sequence <= $u"
            + narrowing.Sql
            + " ORDER BY sequence LIMIT $n";
        using var command = session.Command(
            sql, [("$m", mailboxId), ("$f", folderId), ("$a", afterSequence), ("$u", upToSequence), ("$n", limit), .. narrowing.Parameters]);
        return Read(command);
    }

    /// <summary>
    /// Messages (of a folder, or the mailbox) in received order, then id, from the <paramref name="offset"/>-th on.
    /// Rows are read (and deserialized) only as the caller enumerates, so taking a page stops the query there.
    /// </summary>
    public IEnumerable<StoredMessage> ByReceived(string mailboxId, string? folderId, SqlNarrowing narrowing, bool descending, long offset)
    {
        var direction = descending ? "DESC" : "ASC";
        var sql = "SELECT document FROM messages WHERE mailbox_id = $m"
            + (folderId is null ? "" : " AND folder_id = $f")
            + narrowing.Sql
            + $" ORDER BY received_ticks {direction}, id {direction} LIMIT -1 OFFSET $o";
        using var command = session.Command(sql, [("$m", mailboxId), ("$f", folderId), ("$o", offset), .. narrowing.Parameters]);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return MessageJson.Deserialize(reader.GetString(0));
        }
    }

    /// <summary>How many messages (of a folder, or the mailbox) meet the conditions.</summary>
    public long Count(string mailboxId, string? folderId, SqlNarrowing narrowing)
    {
        var sql = "SELECT COUNT(*) FROM messages WHERE mailbox_id = $m" + (folderId is null ? "" : " AND folder_id = $f") + narrowing.Sql;
        using var command = session.Command(sql, [("$m", mailboxId), ("$f", folderId), .. narrowing.Parameters]);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A folder's message count and unread count, read in SQL rather than by deserializing every message.</summary>
    public (long Total, long Unread) FolderCounts(string mailboxId, string folderId)
    {
        using var command = session.Command(
            "SELECT COUNT(*), COALESCE(SUM(json_extract(document, '$.isRead') = 0), 0) FROM messages WHERE mailbox_id = $m AND folder_id = $f",
            ("$m", mailboxId), ("$f", folderId));
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>
    /// Inserts or updates; every save is a change with a new sequence number and change key, and notes which
    /// properties it changed, so delta can show an updated message by its changes alone.
    /// </summary>
    public void Save(string mailboxId, StoredMessage message, DateTimeOffset modified)
    {
        var previous = Find(mailboxId, message.Id);
        message.Sequence = session.Mailboxes.NextSequence(mailboxId);
        message.LastModifiedDateTime = modified;
        message.ChangeKey = SandboxIds.ChangeKey(message.Id, message.Sequence);
        message.ImmutableId ??= message.Id;
        if (previous is null || previous.FolderId != message.FolderId)
        {
            message.ArrivedSequence = message.Sequence;
            message.PropertySequences.Clear();
        }
        else
        {
            foreach (var property in MessageChanges.Between(previous, message))
            {
                message.PropertySequences[property] = message.Sequence;
            }
        }

        var columns = MessageColumns.Of(message);
        session.Execute(
            """
            INSERT OR REPLACE INTO messages(mailbox_id, id, folder_id, sequence, document, received_ticks, conversation_id, from_address)
            VALUES($m, $id, $f, $s, $d, $r, $c, $a)
            """,
            ("$m", mailboxId), ("$id", message.Id), ("$f", message.FolderId), ("$s", message.Sequence),
            ("$d", MessageJson.Serialize(message)),
            ("$r", columns.ReceivedTicks), ("$c", columns.ConversationId), ("$a", columns.FromAddress));
        WriteExtendedProperties(mailboxId, message.Id, columns);
    }

    /// <summary>Copies what SQL pages and filters on out of a stored message's document (see <see cref="MessageColumns"/>).</summary>
    public void WriteColumns(string mailboxId, StoredMessage message)
    {
        var columns = MessageColumns.Of(message);
        session.Execute(
            "UPDATE messages SET received_ticks = $r, conversation_id = $c, from_address = $a WHERE mailbox_id = $m AND id = $id",
            ("$r", columns.ReceivedTicks), ("$c", columns.ConversationId), ("$a", columns.FromAddress), ("$m", mailboxId), ("$id", message.Id));
        WriteExtendedProperties(mailboxId, message.Id, columns);
    }

    private void WriteExtendedProperties(string mailboxId, string messageId, MessageColumns columns)
    {
        session.Execute(
            "DELETE FROM message_extended_properties WHERE mailbox_id = $m AND message_id = $id", ("$m", mailboxId), ("$id", messageId));
        foreach (var (propertyKey, valueKey) in columns.ExtendedProperties)
        {
            session.Execute(
                "INSERT INTO message_extended_properties(mailbox_id, message_id, property_key, value_key) VALUES($m, $id, $k, $v)",
                ("$m", mailboxId), ("$id", messageId), ("$k", propertyKey), ("$v", valueKey));
        }
    }

    /// <summary>Removes the message and leaves a tombstone in the folder it was in, for delta.</summary>
    public void Remove(string mailboxId, StoredMessage message)
    {
        var sequence = session.Mailboxes.NextSequence(mailboxId);
        session.Execute("DELETE FROM messages WHERE mailbox_id = $m AND id = $id", ("$m", mailboxId), ("$id", message.Id));
        session.Execute(
            "DELETE FROM message_extended_properties WHERE mailbox_id = $m AND message_id = $id", ("$m", mailboxId), ("$id", message.Id));
        session.Execute(
            "INSERT INTO tombstones(mailbox_id, id, immutable_id, folder_id, sequence) VALUES($m, $id, $i, $f, $s)",
            ("$m", mailboxId), ("$id", message.Id), ("$i", message.ImmutableId ?? message.Id), ("$f", message.FolderId), ("$s", sequence));
    }

    /// <summary>A folder's tombstones after one change and at or before another, in change order; at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<Tombstone> Tombstones(string mailboxId, string folderId, long after, long upTo, int limit)
    {
        using var command = session.Command(
            """
            SELECT id, COALESCE(immutable_id, id), folder_id, sequence FROM tombstones
            WHERE mailbox_id = $m AND folder_id = $f AND sequence > $a AND sequence <= $u ORDER BY sequence LIMIT $n
            """,
            ("$m", mailboxId), ("$f", folderId), ("$a", after), ("$u", upTo), ("$n", limit));
        using var reader = command.ExecuteReader();
        var result = new List<Tombstone>();
        while (reader.Read())
        {
            result.Add(new Tombstone(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        }

        return result;
    }

    private static List<StoredMessage> Read(Microsoft.Data.Sqlite.SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var result = new List<StoredMessage>();
        while (reader.Read())
        {
            result.Add(MessageJson.Deserialize(reader.GetString(0)));
        }

        return result;
    }
}
