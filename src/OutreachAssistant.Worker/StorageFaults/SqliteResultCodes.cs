namespace OutreachAssistant.Worker.StorageFaults;

/// <summary>SQLite's primary result codes that mean the file or the disk is at fault (https://sqlite.org/rescode.html).</summary>
public static class SqliteResultCodes
{
    public const int Busy = 5;
    public const int Locked = 6;
    public const int ReadOnly = 8;
    public const int IoError = 10;
    public const int Corrupt = 11;
    public const int Full = 13;
    public const int CannotOpen = 14;
    public const int NotADatabase = 26;
}
