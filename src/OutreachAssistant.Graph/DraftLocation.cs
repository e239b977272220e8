using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Graph;

/// <summary>Where a draft of ours is now.</summary>
public sealed record DraftLocation(string MessageId, MailFolderKind Folder);
