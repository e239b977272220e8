namespace OutreachAssistant.Sandbox;

/// <summary>A seed file is invalid; the message names the file, the message key and the field.</summary>
public sealed class SandboxSeedException : Exception
{
    public SandboxSeedException()
    {
    }

    public SandboxSeedException(string message)
        : base(message)
    {
    }

    public SandboxSeedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
