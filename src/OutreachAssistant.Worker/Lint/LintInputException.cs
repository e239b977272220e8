namespace OutreachAssistant.Worker.Lint;

/// <summary>A lint FILE that holds no message to check: a folder, an empty file, text that is not UTF-8. The message says what to do.</summary>
public sealed class LintInputException : Exception
{
    public LintInputException()
    {
    }

    public LintInputException(string message)
        : base(message)
    {
    }

    public LintInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
