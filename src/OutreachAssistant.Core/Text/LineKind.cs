namespace OutreachAssistant.Core.Text;

/// <summary>What a line of a plain-text body is, for cutting the quoted history.</summary>
internal enum LineKind : byte
{
    Empty,
    Text,
    Quoted,
    Splitter,
    Forward,
}
