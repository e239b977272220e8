using System.Buffers;
using System.Text.RegularExpressions;

namespace OutreachAssistant.Core.Text;

/// <summary>Whole-line markers: "-----Original Message-----", "---- Forwarded message ----", "____".</summary>
internal static partial class SeparatorLines
{
    private static readonly SearchValues<char> RuleChars = SearchValues.Create("-_=*~");

    /// <summary>A line drawn with one of <c>-_=*~</c> only, as Outlook puts above a From block.</summary>
    public static bool IsRule(ReadOnlySpan<char> trimmed) =>
        trimmed.Length >= 3 && !trimmed.ContainsAnyExcept(RuleChars);

    public static bool IsOriginalMessage(ReadOnlySpan<char> trimmed) =>
        trimmed.Length > 12 && trimmed[0] is '-' or '_' or '=' && OriginalMessage().IsMatch(trimmed);

    public static bool IsForward(ReadOnlySpan<char> trimmed) =>
        trimmed.Length > 12 && trimmed[0] is '-' or '_' or '=' or 'B' or 'b' && Forward().IsMatch(trimmed);

    [GeneratedRegex(
        @"^[-_=]{2,}\s*(?:original message|reply message|ursprüngliche nachricht|antwort nachricht|" +
        @"oprindelig meddelelse|oprindelig besked|message d'origine|message original|mensaje original|" +
        @"messaggio originale|oorspronkelijk bericht|originalmeddelande|opprinnelig melding|" +
        @"alkuperäinen viesti|původní zpráva|oryginalna wiadomość|wiadomość oryginalna|исходное сообщение|" +
        @"mensagem original|eredeti üzenet)\s*[-_=]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OriginalMessage();

    [GeneratedRegex(
        @"^(?:begin forwarded message:?|[-_=]{2,}\s*(?:forwarded message|weitergeleitete nachricht|" +
        @"message transféré|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht|" +
        @"wiadomość przekazana|пересланное сообщение|videresendt meddelelse|vidarebefordrat meddelande|" +
        @"mensagem encaminhada|original message follows)\s*[-_=]*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Forward();
}
