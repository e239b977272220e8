using System.Security.Cryptography;
using System.Text;

namespace OutreachAssistant.Sandbox.Model;

/// <summary>
/// Opaque identifiers shaped like Exchange's: URL-safe base64 with a recognisable prefix.
/// Folder and conversation ids are derived from stable keys so they survive reseeding.
/// </summary>
internal static class SandboxIds
{
    public static string NewMessageId() => "AAMkAD" + Encode(RandomNumberGenerator.GetBytes(33)) + "AAA=";

    public static string FolderId(string mailboxId, string wellKnownName) =>
        "AQMkAD" + Encode(Hash($"folder|{mailboxId}|{wellKnownName}", 30)) + "AAA=";

    public static string ConversationId(string mailboxId, string conversationKey) =>
        "AAQkAD" + Encode(Hash($"conversation|{mailboxId}|{conversationKey}", 30)) + "=";

    public static string NewConversationId() => "AAQkAD" + Encode(RandomNumberGenerator.GetBytes(30)) + "=";

    public static string ChangeKey(string messageId, long sequence) =>
        "CQAAABYAAA" + Encode(Hash($"{messageId}|{sequence}", 15));

    public static string NewInternetMessageId(string senderAddress)
    {
        var at = senderAddress.IndexOf('@', StringComparison.Ordinal);
        var domain = at >= 0 ? senderAddress[(at + 1)..] : "sandbox.example";
        var local = Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
        return $"<{local}@{domain}>";
    }

    public static string NewSyncToken() => Encode(RandomNumberGenerator.GetBytes(24));

    /// <summary>Root conversation index: a reserved byte, 5 time bytes, 16 bytes of conversation GUID.</summary>
    public static string RootConversationIndex(string conversationId, DateTimeOffset time)
    {
        var bytes = new byte[22];
        bytes[0] = 1;
        var ticks = BitConverter.GetBytes(time.UtcTicks);
        for (var i = 0; i < 5; i++)
        {
            bytes[1 + i] = ticks[7 - i];
        }

        Hash(conversationId, 16).CopyTo(bytes, 6);
        return Convert.ToBase64String(bytes);
    }

    /// <summary>A reply's index is its parent's plus one 5-byte block.</summary>
    public static string ChildConversationIndex(string parentIndex, DateTimeOffset time)
    {
        var parent = Convert.FromBase64String(parentIndex);
        var child = new byte[parent.Length + 5];
        parent.CopyTo(child, 0);
        BitConverter.GetBytes(time.UtcTicks).AsSpan(0, 5).CopyTo(child.AsSpan(parent.Length));
        return Convert.ToBase64String(child);
    }

    private static byte[] Hash(string value, int length) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(value))[..length];

    private static string Encode(byte[] bytes) =>
        Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_').TrimEnd('=');
}
