namespace OutreachAssistant.Storage;

/// <summary>The state file was made by a build with another schema; nothing in it has been changed.</summary>
public sealed class StateSchemaMismatchException : Exception
{
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

    public static StateSchemaMismatchException For(string path, int found, int expected) =>
        new($"{path} was made by another version of OutreachAssistant (schema {found}; this version uses {expected}) "
            + "and has been left as it is. Move it aside and start again: the mailbox is read afresh, "
            + "and drafts you deleted before may be suggested once more.");
}
