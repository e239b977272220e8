namespace OutreachAssistant.Sandbox.Storage;

/// <summary>Skip and delta tokens live server-side so they can be expired.</summary>
internal sealed class SyncTokenRepository(StoreSession session)
{
    public void Save(string token, string mailboxId, string state) =>
        session.Execute(
            "INSERT INTO sync_tokens(token, mailbox_id, state) VALUES($t, $m, $s)",
            ("$t", token), ("$m", mailboxId), ("$s", state));

    public string? Find(string token, string mailboxId)
    {
        using var command = session.Command(
            "SELECT state FROM sync_tokens WHERE token = $t AND mailbox_id = $m", ("$t", token), ("$m", mailboxId));
        return command.ExecuteScalar() as string;
    }

    public int ExpireAll(string mailboxId) =>
        session.Execute("DELETE FROM sync_tokens WHERE mailbox_id = $m", ("$m", mailboxId));
}
