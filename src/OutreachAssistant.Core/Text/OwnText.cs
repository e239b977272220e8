namespace OutreachAssistant.Core.Text;

/// <summary>What the author wrote in one message.</summary>
/// <param name="Text">The author's own words in this message: no quoted history, no signature.</param>
/// <param name="Signature">The text taken as signature ("" if none).</param>
/// <param name="Lines">Non-blank lines of <paramref name="Text"/>.</param>
/// <param name="Words">Whitespace-separated tokens of <paramref name="Text"/>.</param>
public sealed record OwnText(string Text, string Signature, int Lines, int Words);
