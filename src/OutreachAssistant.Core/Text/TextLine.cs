namespace OutreachAssistant.Core.Text;

/// <summary>One line of a body as a range of the source string, without its line break.</summary>
internal readonly record struct TextLine(int Start, int Length)
{
    public ReadOnlySpan<char> In(string source) => source.AsSpan(Start, Length);
}
