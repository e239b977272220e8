using System.Security.Cryptography;
using System.Text;

namespace OutreachAssistant.Worker.Tracking;

/// <summary>
/// A thread's id is derived from its mailbox and conversation, so a full resync finds the same thread
/// again instead of making a second one.
/// </summary>
public static class ThreadIds
{
    public static string For(string mailboxId, string conversationId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{mailboxId}\n{conversationId}"));
        return $"{mailboxId}-{Convert.ToHexStringLower(hash.AsSpan(0, 8))}";
    }

    public static string DraftKey(string threadId, int sequence) => $"{threadId}/follow-up/{sequence}";
}
