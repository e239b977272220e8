using System.Globalization;
using System.Text.Json.Nodes;
using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Storage;

internal sealed class MailboxRepository(StoreSession session)
{
    public IReadOnlyList<Mailbox> List()
    {
        using var command = session.Command(
            // A file made before accounts and scopes existed has no access rows: work accounts, every scope.
            """
            SELECT m.id, m.address, m.display_name, m.access_token, m.ordinal, a.account, a.token_scopes
            FROM mailboxes m LEFT JOIN mailbox_access a ON a.mailbox_id = m.id ORDER BY m.ordinal
            """);
        using var reader = command.ExecuteReader();
        var result = new List<Mailbox>();
        while (reader.Read())
        {
            result.Add(new Mailbox(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetInt32(4),
                reader.IsDBNull(5) ? AccountKind.Work : Enum.Parse<AccountKind>(reader.GetString(5)),
                reader.IsDBNull(6) ? null : reader.GetString(6).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase)));
        }

        return result;
    }

    public Mailbox? Find(string idOrAddress) => List().FirstOrDefault(m => m.Matches(idOrAddress));

    public void Insert(Mailbox mailbox, JsonObject settings)
    {
        session.Execute(
            "INSERT INTO mailboxes(id, address, display_name, access_token, ordinal, settings) VALUES($id, $a, $n, $t, $o, $s)",
            ("$id", mailbox.Id), ("$a", mailbox.Address), ("$n", mailbox.DisplayName),
            ("$t", mailbox.AccessToken), ("$o", mailbox.Ordinal), ("$s", settings.ToJsonString()));
        session.Execute(
            "INSERT INTO mailbox_access(mailbox_id, account, token_scopes) VALUES($m, $a, $s)",
            ("$m", mailbox.Id), ("$a", mailbox.Account.ToString()),
            ("$s", mailbox.TokenScopes is null ? null : string.Join(' ', mailbox.TokenScopes)));
        var root = SandboxIds.FolderId(mailbox.Id, WellKnownFolders.Root);
        foreach (var (name, displayName) in WellKnownFolders.All)
        {
            session.Execute(
                "INSERT INTO folders(mailbox_id, id, well_known, display_name, parent_id) VALUES($m, $id, $w, $n, $p)",
                ("$m", mailbox.Id), ("$id", SandboxIds.FolderId(mailbox.Id, name)), ("$w", name),
                ("$n", displayName), ("$p", root));
        }
    }

    public IReadOnlyList<MailFolder> Folders(string mailboxId)
    {
        using var command = session.Command(
            "SELECT id, well_known, display_name, parent_id FROM folders WHERE mailbox_id = $m ORDER BY rowid",
            ("$m", mailboxId));
        using var reader = command.ExecuteReader();
        var result = new List<MailFolder>();
        while (reader.Read())
        {
            result.Add(new MailFolder(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return result;
    }

    /// <summary>Finds a folder by id or case-insensitive well-known name.</summary>
    public MailFolder? FindFolder(string mailboxId, string idOrName) =>
        Folders(mailboxId).FirstOrDefault(f =>
            f.Id == idOrName || f.WellKnownName.Equals(idOrName, StringComparison.OrdinalIgnoreCase));

    public JsonObject Settings(string mailboxId)
    {
        using var command = session.Command("SELECT settings FROM mailboxes WHERE id = $m", ("$m", mailboxId));
        var json = Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "{}";
        return JsonNode.Parse(json)?.AsObject() ?? [];
    }

    public void SaveSettings(string mailboxId, JsonObject settings) =>
        session.Execute("UPDATE mailboxes SET settings = $s WHERE id = $m", ("$s", settings.ToJsonString()), ("$m", mailboxId));

    /// <summary>Advances and returns the mailbox's change sequence number.</summary>
    public long NextSequence(string mailboxId)
    {
        using var command = session.Command(
            "UPDATE mailboxes SET sequence = sequence + 1 WHERE id = $m RETURNING sequence", ("$m", mailboxId));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public long CurrentSequence(string mailboxId)
    {
        using var command = session.Command("SELECT sequence FROM mailboxes WHERE id = $m", ("$m", mailboxId));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
