namespace OutreachAssistant.Storage;

/// <summary>A thread was saved from a copy older than the stored one; read it again and decide again.</summary>
public sealed class StaleThreadException : Exception
{
    public StaleThreadException()
    {
    }

    public StaleThreadException(string message)
        : base(message)
    {
    }

    public StaleThreadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
