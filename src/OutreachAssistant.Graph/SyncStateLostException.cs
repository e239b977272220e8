namespace OutreachAssistant.Graph;

/// <summary>The service no longer knows the delta token (410 <c>SyncStateNotFound</c>): sync the folder again from the start.</summary>
public sealed class SyncStateLostException : Exception
{
    public SyncStateLostException()
    {
    }

    public SyncStateLostException(string message)
        : base(message)
    {
    }

    public SyncStateLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
