namespace OutreachAssistant.Storage;

/// <summary>
/// What one tracking pass of a mailbox decided, gathered to be written in one transaction at its end
/// (<see cref="MailboxBatches.WriteAsync"/>) rather than one per thread, message and signing: threads started
/// or planned again, the findings of the messages reviewed, and the names contacts signed with.
/// </summary>
public sealed class TrackingBatch(string mailboxId)
{
    private readonly List<string> threadOrder = [];
    private readonly Dictionary<string, ThreadRecord> threads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyCollection<FindingRecord>> findings = new(StringComparer.Ordinal);
    private readonly List<(string Address, string Name)> signedNames = [];

    public string MailboxId => mailboxId;

    /// <summary>The threads to add or save over, each in its latest copy, in the order first given.</summary>
    public IReadOnlyList<ThreadRecord> Threads => [.. threadOrder.Select(id => threads[id])];

    /// <summary>Per message, the findings that replace its earlier ones.</summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<FindingRecord>> Findings => findings;

    /// <summary>The names contacts signed with, the latest signing last.</summary>
    public IReadOnlyList<(string Address, string Name)> SignedNames => signedNames;

    public bool IsEmpty => threads.Count == 0 && findings.Count == 0 && signedNames.Count == 0;

    /// <summary>Holds the thread's copy to write; a later copy of the same thread takes its place.</summary>
    public void SaveThread(ThreadRecord thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (threads.TryAdd(thread.Id, thread))
        {
            threadOrder.Add(thread.Id);
        }
        else
        {
            threads[thread.Id] = thread;
        }
    }

    public void ReplaceFindings(string messageId, IReadOnlyCollection<FindingRecord> messageFindings) => findings[messageId] = messageFindings;

    public void SetContactSignedName(string address, string name) => signedNames.Add((address, name));
}
