using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Graph;

/// <summary>A draft of ours as the mailbox has it now: where, whether still unsent, and its categories.</summary>
public sealed record DraftState(string MessageId, MailFolderKind Folder, bool IsDraft, IReadOnlyList<string> Categories);
