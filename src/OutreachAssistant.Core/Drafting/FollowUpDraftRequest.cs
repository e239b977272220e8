using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Drafting;

/// <summary>What the composer needs to know of a thread to write its follow-up.</summary>
public sealed record FollowUpDraftRequest(
    EmailAddress Contact,
    string OriginalSubject,
    DateTimeOffset OriginalSentAt,
    OutreachKind Kind,
    TimeZoneInfo TimeZone);
