namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>How a process ended and what it printed.</summary>
public sealed record ProcessOutcome(int ExitCode, string Output, string Error)
{
    /// <summary>The lines of standard error that say anything.</summary>
    public IReadOnlyList<string> ErrorLines => [.. Error.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0)];

    public override string ToString() => $"exit {ExitCode}\n--- stderr ---\n{Error}\n--- stdout ---\n{Output}";
}
