using Microsoft.Data.Sqlite;

namespace OutreachAssistant.Sandbox.Storage;

/// <summary>One connection and transaction; every request runs in one session.</summary>
internal sealed class StoreSession : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;

    public StoreSession(SqliteConnection connection)
    {
        this.connection = connection;
        transaction = connection.BeginTransaction();
        Mailboxes = new MailboxRepository(this);
        Messages = new MessageRepository(this);
        Tokens = new SyncTokenRepository(this);
    }

    public MailboxRepository Mailboxes { get; }

    public MessageRepository Messages { get; }

    public SyncTokenRepository Tokens { get; }

    public void Commit() => transaction.Commit();

    /// <summary>Whether a table has a column: files made by older versions lack the later ones.</summary>
    public bool HasColumn(string table, string column)
    {
        using var command = Command("SELECT COUNT(*) FROM pragma_table_info($t) WHERE name = $c", ("$t", table), ("$c", column));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    public SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        transaction.Dispose();
        connection.Dispose();
    }
}
