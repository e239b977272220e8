namespace OutreachAssistant.Graph;

/// <summary>A message left out of a sync, and why (a code of <see cref="Core.Mail.SkipReasons"/>); null id when it had none.</summary>
public sealed record SkippedMessage(string? MessageId, string Reason);
