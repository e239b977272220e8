namespace OutreachAssistant.Worker.Commands;

/// <summary>One line of <c>outreach status</c>: a tracked thread, where it stands and what comes next.</summary>
public sealed record ThreadStatus(
    string Mailbox,
    string ThreadId,
    string Contact,
    string? ContactName,
    string Subject,
    string Kind,
    string State,
    DateTimeOffset OutreachSentAt,
    DateTimeOffset? NextActionAt,
    string Reason,
    IReadOnlyList<DraftStatus> Drafts,
    IReadOnlyList<FindingStatus> Findings);
