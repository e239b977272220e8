using System.Collections.Concurrent;

namespace OutreachAssistant.Worker.Mailboxes;

/// <summary>
/// One piece of work per mailbox at a time in this process. A sync re-plans threads from what it read, and a
/// woken thread records its draft; side by side, the one that read first would save an older picture over the
/// newer one (a drafted thread put back to due). Different mailboxes still run side by side.
/// </summary>
public sealed class MailboxTurns
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> turns = new(StringComparer.OrdinalIgnoreCase);

    public async Task<T> TakeAsync<T>(string mailboxId, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var turn = turns.GetOrAdd(mailboxId, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            turn.Release();
        }
    }
}
