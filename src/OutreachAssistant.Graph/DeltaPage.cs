using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Graph;

/// <summary>
/// One page of a folder's delta: new or whole messages, removals, messages reported by their changes alone,
/// messages skipped as malformed (with a reason code), and either the link to the next page or, on the last
/// page, the delta link that continues from here next time.
/// </summary>
public sealed record DeltaPage(
    IReadOnlyList<MailMessage> Changed,
    IReadOnlyList<string> RemovedIds,
    IReadOnlyList<MailMessageChange> Updated,
    IReadOnlyList<SkippedMessage> Skipped,
    string? NextLink,
    string? DeltaLink);
