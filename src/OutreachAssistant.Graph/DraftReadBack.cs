using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Graph;

/// <summary>A draft as the mailbox has it: where, whether still unsent, to whom, its text (HTML or plain, as <paramref name="BodyIsHtml"/> says) and categories.</summary>
public sealed record DraftReadBack(
    string MessageId,
    MailFolderKind Folder,
    bool IsDraft,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    string Body,
    IReadOnlyList<string> Categories,
    bool BodyIsHtml = false);
