using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Storage;

internal sealed class MessageRepository(StoreSession session)
{
    public IReadOnlyList<StoredMessage> List(string mailboxId, string? folderId = null)
    {
        using var command = folderId is null
            ? session.Command("SELECT document FROM messages WHERE mailbox_id = $m", ("$m", mailboxId))
            : session.Command(
                "SELECT document FROM messages WHERE mailbox_id = $m AND folder_id = $f", ("$m", mailboxId), ("$f", folderId));
        using var reader = command.ExecuteReader();
        var result = new List<StoredMessage>();
        while (reader.Read())
        {
            result.Add(MessageJson.Deserialize(reader.GetString(0)));
        }

        return result;
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

        session.Execute(
            "INSERT OR REPLACE INTO messages(mailbox_id, id, folder_id, sequence, document) VALUES($m, $id, $f, $s, $d)",
            ("$m", mailboxId), ("$id", message.Id), ("$f", message.FolderId), ("$s", message.Sequence),
            ("$d", MessageJson.Serialize(message)));
    }

    /// <summary>Removes the message and leaves a tombstone in the folder it was in, for delta.</summary>
    public void Remove(string mailboxId, StoredMessage message)
    {
        var sequence = session.Mailboxes.NextSequence(mailboxId);
        session.Execute("DELETE FROM messages WHERE mailbox_id = $m AND id = $id", ("$m", mailboxId), ("$id", message.Id));
        session.Execute(
            "INSERT INTO tombstones(mailbox_id, id, immutable_id, folder_id, sequence) VALUES($m, $id, $i, $f, $s)",
            ("$m", mailboxId), ("$id", message.Id), ("$i", message.ImmutableId ?? message.Id), ("$f", message.FolderId), ("$s", sequence));
    }

    public IReadOnlyList<Tombstone> Tombstones(string mailboxId, string folderId, long after, long upTo)
    {
        using var command = session.Command(
            "SELECT id, COALESCE(immutable_id, id), folder_id, sequence FROM tombstones WHERE mailbox_id = $m AND folder_id = $f AND sequence > $a AND sequence <= $u",
            ("$m", mailboxId), ("$f", folderId), ("$a", after), ("$u", upTo));
        using var reader = command.ExecuteReader();
        var result = new List<Tombstone>();
        while (reader.Read())
        {
            result.Add(new Tombstone(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        }

        return result;
    }
}
