namespace OutreachAssistant.Core.Digest;

/// <summary>What a mailbox's outreach looked like over the week before a digest, read from the state.</summary>
/// <param name="Week">The digest's week.</param>
/// <param name="Since">The start of the week looked back on: a week before the digest became due.</param>
/// <param name="Zone">The mailbox's clock, for the dates the digest names.</param>
/// <param name="Threads">Every outreach thread of the mailbox.</param>
/// <param name="Answers">Answers from contacts (or their colleagues) that came since <paramref name="Since"/>, automatic replies left out.</param>
/// <param name="Findings">Etiquette findings on the user's mail sent since <paramref name="Since"/>.</param>
public sealed record WeekInReview(
    DigestWeek Week,
    DateTimeOffset Since,
    TimeZoneInfo Zone,
    IReadOnlyList<DigestThread> Threads,
    IReadOnlyList<DigestAnswer> Answers,
    IReadOnlyList<DigestFinding> Findings);
