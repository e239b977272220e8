using System.Security.Cryptography;
using System.Text;

namespace OutreachAssistant.Core.FollowUps;

/// <summary>
/// A thread's id is derived from its mailbox and conversation, so a full resync finds the same thread
/// again instead of making a second one; draft keys derive from it (or from the contact) the same way.
/// </summary>
public static class ThreadIds
{
    public static string For(string mailboxId, string conversationId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{mailboxId}\n{conversationId}"));
        return $"{mailboxId}-{Convert.ToHexStringLower(hash.AsSpan(0, 8))}";
    }

    /// <summary>The key's purpose segment, read back by <see cref="DraftSlot.FromKey"/>.</summary>
    public const string FollowUpSegment = "follow-up";

    /// <inheritdoc cref="FollowUpSegment"/>
    public const string KeepInTouchSegment = "keep-in-touch";

    public static string DraftKey(string threadId, int sequence) => $"{threadId}/{FollowUpSegment}/{sequence}";

    /// <summary>Keep-in-touch updates are counted per contact, so their key names the contact, not a thread.</summary>
    public static string KeepInTouchKey(string mailboxId, string contactAddress, int sequence)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{mailboxId}\n{contactAddress.ToUpperInvariant()}"));
        return $"{mailboxId}-contact-{Convert.ToHexStringLower(hash.AsSpan(0, 8))}/{KeepInTouchSegment}/{sequence}";
    }
}
