using System.Collections.Concurrent;

namespace OutreachAssistant.Worker.Sync;

/// <summary>
/// How far each folder's sync has read, as it goes: what a terminal shows while a long first sync runs
/// (<see cref="Commands.SyncProgressDisplay"/>). Counts only, never a message.
/// </summary>
public sealed class SyncProgress
{
    private readonly ConcurrentDictionary<(string MailboxId, string Folder), FolderProgress> folders = new();

    public void Read(string mailboxId, string folder, int messages) =>
        folders[(mailboxId, folder)] = new FolderProgress(mailboxId, folder, messages, Done: false);

    public void Done(string mailboxId, string folder, int messages) =>
        folders[(mailboxId, folder)] = new FolderProgress(mailboxId, folder, messages, Done: true);

    /// <summary>Every folder read so far, in the order of mailbox and folder.</summary>
    public IReadOnlyList<FolderProgress> Snapshot() =>
        [.. folders.Values.OrderBy(f => f.MailboxId, StringComparer.Ordinal).ThenBy(f => f.Folder, StringComparer.Ordinal)];
}
