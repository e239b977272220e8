using System.Globalization;
using System.Text;
using OutreachAssistant.Core.Etiquette;

namespace OutreachAssistant.Worker.Lint;

/// <summary>
/// Turns what a user points <c>lint</c> at into a message: an <c>.eml</c> or any MIME message (by MimeKit), a text file
/// with or without headers (mail's or Outlook's "Save as text"), in UTF-8 or, with a byte order mark, UTF-16. What holds
/// no message (a folder, an empty file, Outlook's binary <c>.msg</c>, text that is not UTF-8) is one line saying so.
/// </summary>
public static class LintInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // The headers that only a MIME message carries; with one of them the file is read as MIME.
    private static readonly string[] MimeHeaders = ["MIME-Version:", "Content-Type:", "Content-Transfer-Encoding:"];

    /// <exception cref="LintInputException">The file holds no message to check.</exception>
    /// <exception cref="FormatException">A header of a text file cannot be read (the line is named).</exception>
    public static async Task<MessageFile> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new LintInputException("a folder, not a message file; name the files in it, e.g. " + Path.Combine(path, "*.eml"));
        }

        if (string.Equals(Path.GetExtension(path), ".msg", StringComparison.OrdinalIgnoreCase))
        {
            throw new LintInputException("Outlook's own .msg format cannot be read; save the message as .eml, or as text (File > Save As > Text Only)");
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return Read(bytes, string.Equals(Path.GetExtension(path), ".eml", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Standard input: text already decoded.</summary>
    public static MessageFile ReadText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(Encoding.UTF8.GetBytes(text), eml: false);
    }

    private static MessageFile Read(byte[] bytes, bool eml)
    {
        if (bytes.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF))
        {
            throw new LintInputException("empty: there is no message in it to check");
        }

        if (eml || LooksLikeMime(bytes))
        {
            return EmlMessageReader.Read(bytes);
        }

        var text = Decode(bytes);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new LintInputException("not a text file (it holds NUL bytes)");
        }

        return MessageFileParser.Parse(text);
    }

    /// <summary>A byte order mark says UTF-8 or UTF-16 (Outlook's "Unicode" text); without one, the text must be UTF-8.</summary>
    private static string Decode(byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..])
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? start + ex.Index : -1;
            var what = at >= 0 && at < bytes.Length
                ? string.Create(CultureInfo.InvariantCulture, $"byte 0x{bytes[at]:X2} at offset {at} is not UTF-8")
                : "it is not UTF-8";
            throw new LintInputException($"not UTF-8 text ({what}); save it as UTF-8 text, or as .eml from your mail client", ex);
        }
    }

    /// <summary>A MIME header in the header block (before the first blank line) makes the file a MIME message.</summary>
    private static bool LooksLikeMime(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 8192)).ReplaceLineEndings("\n");
        var end = head.IndexOf("\n\n", StringComparison.Ordinal);
        var block = (end < 0 ? head : head[..end]).Split('\n');
        return block.Length > 0 && block[0].Contains(':', StringComparison.Ordinal)
            && block.Any(l => MimeHeaders.Any(h => l.StartsWith(h, StringComparison.OrdinalIgnoreCase)));
    }
}
