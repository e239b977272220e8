using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Graph;

/// <summary>
/// A reply draft to create: to which message, its text, our key, the category it wears, and the one person it
/// is addressed to. A reply to the user's own message is addressed by Graph to all its recipients; a follow-up
/// goes to the contact alone, never to the 500 an outreach may have gone to.
/// </summary>
public sealed record NewReplyDraft(string ReplyToMessageId, string BodyText, string DraftKey, string Category, EmailAddress Contact);
