namespace OutreachAssistant.Worker.Show;

/// <summary>The thread or address given to <c>outreach show</c> names no thread, or several: the message says which and what to type.</summary>
public sealed class ShowInputException : Exception
{
    public ShowInputException()
    {
    }

    public ShowInputException(string message)
        : base(message)
    {
    }

    public ShowInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
