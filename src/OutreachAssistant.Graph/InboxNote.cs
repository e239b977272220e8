namespace OutreachAssistant.Graph;

/// <summary>A note of ours for the user's Inbox (the weekly digest): plain text, and the key that finds it again.</summary>
public sealed record InboxNote(string Subject, string BodyText, string Key, string SenderName);
