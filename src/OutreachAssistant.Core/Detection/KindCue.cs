namespace OutreachAssistant.Core.Detection;

/// <summary>Words that point to one kind: in the subject (which names the purpose) and in the own text.</summary>
/// <param name="Kind">The kind they point to.</param>
/// <param name="SubjectWords">Matched in the subject; each counts double.</param>
/// <param name="TextPhrases">Matched in the user's own text; narrower, as closings like "thank you for your time" are everywhere.</param>
public sealed record KindCue(OutreachKind Kind, IReadOnlyList<string> SubjectWords, IReadOnlyList<string> TextPhrases);
