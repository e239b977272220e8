using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Digest;

/// <summary>An answer received in an outreach thread.</summary>
public sealed record DigestAnswer(EmailAddress Contact, string Subject, DateTimeOffset At);
