namespace OutreachAssistant.Sandbox.Faults;

/// <summary>Answer the next <see cref="Remaining"/> matching Graph requests with an error instead.</summary>
internal sealed record FaultRule(int Status, string Code, string Message, int? RetryAfterSeconds, int Remaining, string? Method, string? PathContains);
