namespace OutreachAssistant.Graph;

/// <summary>A message lacks what every message has; it is skipped with this reason and the rest go on.</summary>
public sealed class MalformedMessageException : Exception
{
    public MalformedMessageException()
    {
    }

    public MalformedMessageException(string message)
        : base(message)
    {
    }

    public MalformedMessageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
