using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Drafting;

/// <summary>What the composer needs to know of a thread to write its follow-up.</summary>
/// <param name="Contact">The contact's address and display name.</param>
/// <param name="OriginalSubject">The subject of the user's original email.</param>
/// <param name="OriginalSentAt">When the original was sent.</param>
/// <param name="Kind">What the original was for; it picks the template.</param>
/// <param name="TimeZone">The mailbox's zone, for the original's date.</param>
/// <param name="SignedName">The name the contact signs with, when a message of theirs is known; else the display name is used.</param>
/// <param name="Purpose">A follow-up (the kind's template) or a keep-in-touch update (its own template).</param>
public sealed record FollowUpDraftRequest(
    EmailAddress Contact,
    string OriginalSubject,
    DateTimeOffset OriginalSentAt,
    OutreachKind Kind,
    TimeZoneInfo TimeZone,
    string? SignedName = null,
    DraftPurpose Purpose = DraftPurpose.FollowUp);
