namespace OutreachAssistant.Graph;

/// <summary>A reply draft to create: to which message, its text, our key and the category it wears.</summary>
public sealed record NewReplyDraft(string ReplyToMessageId, string BodyText, string DraftKey, string Category);
