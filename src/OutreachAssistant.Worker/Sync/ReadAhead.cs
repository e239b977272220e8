using System.Runtime.CompilerServices;

namespace OutreachAssistant.Worker.Sync;

/// <summary>
/// Asks for the next item as soon as one is handed over: while a delta page is stored, the next page is already on
/// the wire and being read, so a first sync of a big mailbox waits for the slower of the two rather than both.
/// Items come in their order, and a failure to read one comes where that item would have.
/// </summary>
internal static class ReadAhead
{
    public static async IAsyncEnumerable<T> OneAheadAsync<T>(this IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var items = source.GetAsyncEnumerator(stop.Token);
        var next = items.MoveNextAsync().AsTask();
        try
        {
            while (await next)
            {
                var current = items.Current;
                next = items.MoveNextAsync().AsTask();
                yield return current;
            }
        }
        finally
        {
            // Left early (a failure, or enough read): the read under way is called off and waited for, so the
            // source is never disposed of while it is still reading.
            await stop.CancelAsync();
            await next.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            await items.DisposeAsync();
        }
    }
}
