namespace OutreachAssistant.Worker.StorageFaults;

/// <summary>Tells a SQLite file by its 16-byte header (https://sqlite.org/fileformat.html#the_database_header).</summary>
public static class SqliteFileHeader
{
    private static readonly byte[] Magic = "SQLite format 3\0"u8.ToArray();

    public static async Task<SqliteFileKind> ReadAsync(string file, CancellationToken cancellationToken)
    {
        // Shared with every writer: a running service may hold the file open.
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (stream.Length == 0)
        {
            return SqliteFileKind.Empty;
        }

        var header = new byte[Magic.Length];
        var read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        return read == Magic.Length && header.AsSpan().SequenceEqual(Magic) ? SqliteFileKind.Database : SqliteFileKind.Foreign;
    }
}
