namespace OutreachAssistant.Core.Digest;

/// <summary>An etiquette finding on a message the user sent in an outreach thread.</summary>
public sealed record DigestFinding(string Subject, string Severity, string Message);
