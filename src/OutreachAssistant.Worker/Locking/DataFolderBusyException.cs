namespace OutreachAssistant.Worker.Locking;

/// <summary>Another process held the data folder for all of <c>Storage:LockTimeout</c>; the message is the line the user sees.</summary>
public sealed class DataFolderBusyException : Exception
{
    public DataFolderBusyException()
    {
    }

    public DataFolderBusyException(string message)
        : base(message)
    {
    }

    public DataFolderBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
