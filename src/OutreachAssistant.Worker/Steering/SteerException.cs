namespace OutreachAssistant.Worker.Steering;

/// <summary>A thread or date the command line named that cannot be steered; the message is the one line the user reads.</summary>
public sealed class SteerException : Exception
{
    public SteerException()
    {
    }

    public SteerException(string message)
        : base(message)
    {
    }

    public SteerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
