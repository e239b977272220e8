namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>The generated seed and what is in it, for the seed command's summary line.</summary>
internal sealed record GeneratedMailbox(SeedMailbox Mailbox, IReadOnlyDictionary<OutreachOutcome, int> OutreachThreads)
{
    public int Count(string folder) => Mailbox.Messages.Count(m => m.Folder == folder);
}
