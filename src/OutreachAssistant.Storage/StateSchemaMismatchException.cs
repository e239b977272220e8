namespace OutreachAssistant.Storage;

/// <summary>The state file was made by a version this one cannot open; nothing in it has been changed.</summary>
public sealed class StateSchemaMismatchException : Exception
{
    private const string StartAfresh = "Move it aside and start again: the mailbox is read afresh, and drafts you deleted before may be suggested once more.";

    public StateSchemaMismatchException()
    {
    }

    public StateSchemaMismatchException(string message)
        : base(message)
    {
    }

    public StateSchemaMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static StateSchemaMismatchException Unknown(string path, int stamp) =>
        new($"{path} was made by a version of OutreachAssistant this one cannot upgrade (schema {stamp}; it upgrades "
            + $"schema {StateSchema.LastStampedRelease} and later) and has been left as it is. {StartAfresh}");

    public static StateSchemaMismatchException Newer(string path, string migration) =>
        new($"{path} was made by a newer version of OutreachAssistant (its schema has {migration}, unknown to this one) "
            + $"and has been left as it is. Run that version again, or: {StartAfresh}");
}
