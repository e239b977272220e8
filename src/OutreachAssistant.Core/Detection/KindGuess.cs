namespace OutreachAssistant.Core.Detection;

/// <summary>An outreach kind and the cues it was read from.</summary>
public sealed record KindGuess(OutreachKind Kind, IReadOnlyList<string> Reasons);
