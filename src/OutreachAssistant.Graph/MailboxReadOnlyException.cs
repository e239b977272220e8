namespace OutreachAssistant.Graph;

/// <summary>
/// A write (a draft made, written or moved, a category set, a message deleted) was asked of a mailbox opened
/// read-only, as a dry run opens it. The write was not sent; the callers are meant never to ask.
/// </summary>
public sealed class MailboxReadOnlyException : InvalidOperationException
{
    public MailboxReadOnlyException()
    {
    }

    public MailboxReadOnlyException(string message)
        : base(message)
    {
    }

    public MailboxReadOnlyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
