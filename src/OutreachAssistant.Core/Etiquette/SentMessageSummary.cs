using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Etiquette;

/// <summary>Another message the user sent, as far as the mass-mail rule needs it.</summary>
/// <param name="At">When it was sent.</param>
/// <param name="Recipients">Everyone it went to (To, Cc and Bcc).</param>
/// <param name="OwnText">Its own text, without quoted history or signature.</param>
public sealed record SentMessageSummary(DateTimeOffset At, IReadOnlyList<EmailAddress> Recipients, string OwnText);
