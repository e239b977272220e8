namespace OutreachAssistant.Storage;

/// <summary>
/// What a claim came to; when the key was claimed before (by a holder that stopped, or this one), since when,
/// and the draft that holder had already made under it, if it noted one.
/// </summary>
public sealed record DraftClaimResult(DraftClaimOutcome Outcome, string? MadeMessageId = null, DateTimeOffset? ClaimedBefore = null);
