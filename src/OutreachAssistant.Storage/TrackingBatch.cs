using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Storage;

/// <summary>
/// What one tracking pass of a mailbox decided, gathered to be written in one transaction at its end
/// (<see cref="MailboxBatches.WriteAsync"/>) rather than one per thread, message and signing: threads started
/// or planned again, the findings of the messages reviewed, and the names contacts signed with.
/// </summary>
public sealed class TrackingBatch(string mailboxId)
{
    private readonly List<ThreadEntity> threads = [];
    private readonly HashSet<string> threadIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyCollection<FindingEntity>> findings = new(StringComparer.Ordinal);
    private readonly List<(string Address, string Name)> signedNames = [];

    public string MailboxId => mailboxId;

    /// <summary>The threads to add or save over, each once, in the order first given: the copy itself is written as it is at the end.</summary>
    public IReadOnlyList<ThreadEntity> Threads => threads;

    /// <summary>Per message, the findings that replace its earlier ones.</summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<FindingEntity>> Findings => findings;

    /// <summary>The names contacts signed with, the latest signing last.</summary>
    public IReadOnlyList<(string Address, string Name)> SignedNames => signedNames;

    public bool IsEmpty => threads.Count == 0 && findings.Count == 0 && signedNames.Count == 0;

    public void SaveThread(ThreadEntity thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (threadIds.Add(thread.Id))
        {
            threads.Add(thread);
        }
    }

    public void ReplaceFindings(string messageId, IReadOnlyCollection<FindingEntity> messageFindings) => findings[messageId] = messageFindings;

    public void SetContactSignedName(string address, string name) => signedNames.Add((address, name));
}
