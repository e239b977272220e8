namespace OutreachAssistant.Worker.Commands;

/// <summary>An etiquette finding on one of the thread's sent messages, as <c>outreach status</c> shows it.</summary>
public sealed record FindingStatus(string MessageId, string RuleId, string Severity, string Message, string Source);
