namespace OutreachAssistant.Worker.Commands;

/// <summary>A <c>--state</c> or <c>--mailbox</c> of <c>outreach status</c> that names nothing there is; the message lists what there is.</summary>
public sealed class StatusFilterException : Exception
{
    public StatusFilterException()
    {
    }

    public StatusFilterException(string message)
        : base(message)
    {
    }

    public StatusFilterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
