namespace OutreachAssistant.Worker.Configuration;

/// <summary>A settings file that was named but cannot be read; the message is one line naming it.</summary>
public sealed class SettingsFileException : Exception
{
    public SettingsFileException()
    {
    }

    public SettingsFileException(string message)
        : base(message)
    {
    }

    public SettingsFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The configuration loader's "Failed to load configuration from file '…'." with the parser's line and position, as one line.</summary>
    public static SettingsFileException Unreadable(InvalidDataException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        // The parser's own exception, innermost, names the line and position.
        var why = ex.InnerException is { } parse
            ? string.Join(" ", new[] { parse.Message, parse.GetBaseException().Message }.Distinct().Select(m => m.Trim()))
            : "it could not be read";
        return new($"{ex.Message.TrimEnd('.')}: {why}", ex);
    }
}
