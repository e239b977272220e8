using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Graph;

/// <summary>
/// A reply draft to create: to which message, addressed to whom (set by us: Graph addresses a reply to one's
/// own sent mail to its sender, the user), its text, our key and the category it wears.
/// </summary>
public sealed record NewReplyDraft(string ReplyToMessageId, IReadOnlyList<EmailAddress> To, string BodyText, string DraftKey, string Category);
