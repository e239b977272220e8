using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Storage;

/// <summary>
/// An outreach thread as the store keeps it: the first message the user sent, the contact, where it stands, and
/// the drafts made in it. A copy is changed with <c>with</c> and saved through <see cref="ThreadStore"/>, which
/// refuses it when another writer saved the thread after this copy was read.
/// </summary>
public sealed record ThreadRecord
{
    public required string Id { get; init; }

    public required string MailboxId { get; init; }

    public required string ConversationId { get; init; }

    public required string OutreachMessageId { get; init; }

    public required string ContactAddress { get; init; }

    public string? ContactName { get; init; }

    /// <summary>The name the contact signs their mail with, from the latest message of theirs that was signed; drafts greet them by it.</summary>
    public string? ContactSignedName { get; init; }

    public string Subject { get; init; } = string.Empty;

    public OutreachKind Kind { get; init; }

    public string DetectionReasons { get; init; } = string.Empty;

    public DateTimeOffset OutreachSentAt { get; init; }

    public OutreachThreadState State { get; init; }

    public DateTimeOffset? NextActionAt { get; init; }

    /// <summary>When to plan the thread again without new mail: its next action, or when its state changes by time alone.</summary>
    public DateTimeOffset? WakeUpAt { get; init; }

    public string Reason { get; init; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the user stopped the thread for good (noticed, for an Outlook category); null while it is not stopped.</summary>
    public DateTimeOffset? StoppedAt { get; init; }

    public StopSource? StoppedBy { get; init; }

    /// <summary>The Outlook category that stopped it, when one did.</summary>
    public string? StopCategory { get; init; }

    /// <summary>Nothing is suggested before this moment (<c>outreach snooze</c>).</summary>
    public DateTimeOffset? SnoozedUntil { get; init; }

    /// <summary>The answer wearing the "your turn" category, put there by the service; null when none does.</summary>
    public string? YourTurnMarkedOn { get; init; }

    /// <summary>How many times the thread was saved over, when this copy was read: a save from an older copy is refused.</summary>
    public long Revision { get; init; }

    /// <summary>The drafts made in the thread, as the ledger recorded them when the thread was read; a save leaves them as they are.</summary>
    public IReadOnlyList<DraftRecord> Drafts { get; init; } = [];

    /// <summary>The thread as the follow-up policy sees it.</summary>
    public OutreachThread ToOutreachThread() =>
        new(Id, MailboxId, ConversationId, OutreachMessageId, new EmailAddress(ContactAddress, ContactName), [.. Drafts.Select(d => d.ToThreadDraft())])
        {
            Steer = new ThreadSteer(StoppedAt is { } at ? new ThreadStop(StoppedBy ?? StopSource.CommandLine, at, StopCategory) : null, SnoozedUntil),
            YourTurnMarkedOn = YourTurnMarkedOn,
        };

    /// <summary>The record of a row read with its drafts.</summary>
    internal static ThreadRecord From(ThreadEntity row) => new()
    {
        Id = row.Id,
        MailboxId = row.MailboxId,
        ConversationId = row.ConversationId,
        OutreachMessageId = row.OutreachMessageId,
        ContactAddress = row.ContactAddress,
        ContactName = row.ContactName,
        ContactSignedName = row.ContactSignedName,
        Subject = row.Subject,
        Kind = row.Kind,
        DetectionReasons = row.DetectionReasons,
        OutreachSentAt = row.OutreachSentAt,
        State = row.State,
        NextActionAt = row.NextActionAt,
        WakeUpAt = row.WakeUpAt,
        Reason = row.Reason,
        UpdatedAt = row.UpdatedAt,
        StoppedAt = row.StoppedAt,
        StoppedBy = row.StoppedBy,
        StopCategory = row.StopCategory,
        SnoozedUntil = row.SnoozedUntil,
        YourTurnMarkedOn = row.YourTurnMarkedOn,
        Revision = row.Revision,
        Drafts = [.. row.Drafts.Select(DraftRecord.From)],
    };

    /// <summary>The thread's own row, without its drafts (the ledger writes those).</summary>
    internal ThreadEntity ToRow() => new()
    {
        Id = Id,
        MailboxId = MailboxId,
        ConversationId = ConversationId,
        OutreachMessageId = OutreachMessageId,
        ContactAddress = ContactAddress,
        ContactName = ContactName,
        ContactSignedName = ContactSignedName,
        Subject = Subject,
        Kind = Kind,
        DetectionReasons = DetectionReasons,
        OutreachSentAt = OutreachSentAt,
        State = State,
        NextActionAt = NextActionAt,
        WakeUpAt = WakeUpAt,
        Reason = Reason,
        UpdatedAt = UpdatedAt,
        StoppedAt = StoppedAt,
        StoppedBy = StoppedBy,
        StopCategory = StopCategory,
        SnoozedUntil = SnoozedUntil,
        YourTurnMarkedOn = YourTurnMarkedOn,
        Revision = Revision,
    };
}
