using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace OutreachAssistant.Core.Text;

/// <summary>
/// A text held in a fraction of the memory of a string: its UTF-8 bytes, compressed with Brotli when that makes them
/// smaller. A first sync holds the body of every message the user sent until both folders are read; years of sent mail
/// as strings ran to tens of megabytes. Each read unpacks it afresh and keeps nothing, so hold the string only while it
/// is worked on. It has no <c>ToString</c> of its text, so that no log line can print a body by chance.
/// </summary>
public sealed class PackedText : IEquatable<PackedText>
{
    // Brotli's fastest levels already halve the UTF-8 of a letter; higher levels cost more time than they save here.
    private const int Quality = 2;
    private const int Window = 22;

    private readonly byte[] bytes;
    private readonly int utf8Length;
    private readonly bool compressed;

    private PackedText(byte[] bytes, int utf8Length, bool compressed)
    {
        this.bytes = bytes;
        this.utf8Length = utf8Length;
        this.compressed = compressed;
    }

    /// <summary>The bytes it holds: what it costs, less the object's own few.</summary>
    public int PackedLength => bytes.Length;

    public static PackedText Pack(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var utf8 = Encoding.UTF8.GetBytes(text);
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(utf8.Length));
        try
        {
            return BrotliEncoder.TryCompress(utf8, buffer, out var written, Quality, Window) && written < utf8.Length
                ? new PackedText(buffer.AsSpan(0, written).ToArray(), utf8.Length, compressed: true)
                : new PackedText(utf8, utf8.Length, compressed: false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The text as it was packed; a lone surrogate (not a character, so UTF-8 cannot hold it) comes back as U+FFFD.
    /// </summary>
    public string Unpack()
    {
        if (!compressed)
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(utf8Length);
        try
        {
            if (!BrotliDecoder.TryDecompress(bytes, buffer, out var written) || written != utf8Length)
            {
                throw new InvalidOperationException("A packed text did not unpack to its own length.");
            }

            return Encoding.UTF8.GetString(buffer, 0, written);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public bool Equals(PackedText? other) =>
        other is not null && (ReferenceEquals(this, other) || (compressed == other.compressed && bytes.AsSpan().SequenceEqual(other.bytes)));

    public override bool Equals(object? obj) => Equals(obj as PackedText);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(bytes);
        return hash.ToHashCode();
    }
}
