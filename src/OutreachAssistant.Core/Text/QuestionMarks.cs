using System.Buffers;

namespace OutreachAssistant.Core.Text;

/// <summary>
/// A question, in whatever script it is written: the Latin "?" and "¿", the Arabic "؟", the full-width "？" of
/// Chinese and Japanese, the Greek ";" (U+037E), the Armenian "՞", the Ethiopic "፧" and others, and the
/// interrobang and question emoji.
/// </summary>
public static class QuestionMarks
{
    private static readonly SearchValues<char> Marks = SearchValues.Create(
        "?" + "\u00BF" + "\u037E" + "\u055E" + "\u061F" + "\u1367" + "\u1945" + "\u203D" + "\u2047" + "\u2048" + "\u2049"
        + "\u2E2E" + "\uA60F" + "\uA6F7" + "\uFE16" + "\uFE56" + "\uFF1F" + "\u2753" + "\u2754");

    public static bool AnyIn(ReadOnlySpan<char> text) => text.IndexOfAny(Marks) >= 0;
}
