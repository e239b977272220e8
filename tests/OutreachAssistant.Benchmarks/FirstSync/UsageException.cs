namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>A bench mode called wrongly: its message is printed as one line, with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
