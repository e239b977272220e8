namespace OutreachAssistant.Worker.Commands;

/// <summary>
/// A mailbox as of its last contact: <c>ok</c>, <c>needs-sign-in</c> or <c>failing</c>, why, and when; the
/// zone its times are shown in (UTC until it has synced once); how many messages its syncs left out, by reason;
/// and what of its zone and working hours had to be assumed (a personal account's mailboxSettings cannot be read), if anything;
/// and when its last sync ended.
/// </summary>
public sealed record MailboxStatus(
    string Mailbox,
    string Status,
    string Detail,
    DateTimeOffset? CheckedAt,
    string TimeZone,
    IReadOnlyDictionary<string, int>? Skipped = null,
    string? Assumed = null)
{
    /// <summary>When its last sync ended, on its clock; null when it never finished one.</summary>
    public DateTimeOffset? LastSyncedAt { get; init; }
}
