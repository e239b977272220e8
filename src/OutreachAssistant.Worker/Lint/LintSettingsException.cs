namespace OutreachAssistant.Worker.Lint;

/// <summary>A setting lint needs is wrong; the message names the key and the reason.</summary>
public sealed class LintSettingsException : Exception
{
    public LintSettingsException()
    {
    }

    public LintSettingsException(string message)
        : base(message)
    {
    }

    public LintSettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
