namespace OutreachAssistant.Storage;

/// <summary>What a claim came to, and the draft an earlier holder had already made under the key, if it noted one.</summary>
public sealed record DraftClaimResult(DraftClaimOutcome Outcome, string? MadeMessageId = null);
