namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>One line a child process wrote, when the test saw it (real time), and on which stream.</summary>
public sealed record OutputLine(TimeSpan At, bool IsError, string Text)
{
    public override string ToString() => $"{At.TotalSeconds,7:0.000}s {(IsError ? "err" : "out")} {Text}";
}
