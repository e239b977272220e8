using OutreachAssistant.Sandbox.Graph.Query;
using OutreachAssistant.Sandbox.Storage;

namespace OutreachAssistant.Sandbox.Graph.Delta;

/// <summary>The next entries of a round after the state's last-returned key, in order, read a page at a time in SQL.</summary>
internal static class DeltaEntries
{
    public static IReadOnlyList<DeltaEntry> Next(StoreSession store, string mailboxId, SyncState state, int limit)
    {
        var criteria = MessageFilter.Parse(state.Filter, _ => null);
        if (!criteria.IsExact)
        {
            // DeltaQuery lets only receivedDateTime comparisons through, and SQL decides those alone.
            throw new InvalidOperationException($"The delta filter '{state.Filter}' cannot be paged in SQL.");
        }

        if (state.FromSequence is not { } from)
        {
            // Initial round: a full listing, newest first, keyed by (received, id) so paging stays stable.
            (long, string)? after = state.LastId is { } lastId ? (state.LastTicks ?? 0, lastId) : null;
            return [.. store.Messages.NewestFirst(mailboxId, state.FolderId, state.UpToSequence, after, criteria.Narrowing, limit)
                .Select(m => new DeltaEntry(m.Id, m.Sequence, m.ReceivedDateTime.UtcTicks, m))];
        }

        // Later rounds: changes and removals since the previous watermark (or the last entry returned), in change order.
        var since = state.LastSequence ?? from;
        var changed = store.Messages.ChangedBetween(mailboxId, state.FolderId, since, state.UpToSequence, criteria.Narrowing, limit)
            .Select(m => new DeltaEntry(m.Id, m.Sequence, 0, m));
        var removed = store.Messages.Tombstones(mailboxId, state.FolderId, since, state.UpToSequence, limit)
            .Select(t => new DeltaEntry(t.Id, t.Sequence, 0, null, t.ImmutableId));
        return [.. changed.Concat(removed).OrderBy(e => e.Sequence).Take(limit)];
    }
}
