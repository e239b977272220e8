using OutreachAssistant.Storage;

namespace OutreachAssistant.Worker.Tracking;

/// <summary>
/// One tracking pass of a mailbox: what it read in bulk (<see cref="Facts"/>), and what it decided, held to be written
/// at its end (<see cref="TrackingPassWriter"/>): its threads, findings and signed names in one transaction
/// (<see cref="Batch"/>), then its threads' wake-ups in one change to the schedule. The messages stay untracked until
/// then, so a pass cut short anywhere is made again by the next sync.
/// </summary>
public sealed class TrackingPass(MailboxFacts facts)
{
    private readonly Dictionary<string, DateTimeOffset?> wakeUps = new(StringComparer.Ordinal);

    public string MailboxId => facts.MailboxId;

    public MailboxFacts Facts => facts;

    public TrackingBatch Batch { get; } = new(facts.MailboxId);

    /// <summary>Each planned thread's wake-up (none cancels it), the latest plan's.</summary>
    public IReadOnlyCollection<KeyValuePair<string, DateTimeOffset?>> WakeUps => wakeUps;

    /// <summary>Holds a thread the pass has just started: stored at the pass's end.</summary>
    public void Started(ThreadRecord thread)
    {
        facts.Add(thread);
        Batch.SaveThread(thread);
    }

    /// <summary>Holds a thread as just planned, in place of its earlier copy: saved, and its wake-up set, at the pass's end.</summary>
    public void Planned(ThreadRecord thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        facts.Replace(thread);
        Batch.SaveThread(thread);
        wakeUps[thread.Id] = thread.WakeUpAt;
    }

    /// <summary>Lets a thread go from what the pass writes: it was planned again and saved on its own.</summary>
    public void Settled(string threadId) => wakeUps.Remove(threadId);

    /// <summary>Whether <see cref="TrackingPassWriter"/> has written the pass; it is written once.</summary>
    public bool IsWritten { get; private set; }

    /// <summary>Notes that the pass is written: what it holds is in the store now.</summary>
    public void Written() => IsWritten = true;
}
