using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Graph;

/// <summary>The changes a folder's delta round returned, the messages skipped as malformed (with a reason code), and the link that continues from here.</summary>
public sealed record DeltaRound(IReadOnlyList<MailMessage> Changed, IReadOnlyList<string> RemovedIds, string DeltaLink, IReadOnlyList<SkippedMessage> Skipped)
{
    /// <summary>Messages delta reported by their changes alone (id and changed properties): changes, not new mail.</summary>
    public IReadOnlyList<MailMessageChange> Updated { get; init; } = [];
}

