using OutreachAssistant.Sandbox.Graph.Query;
using OutreachAssistant.Sandbox.Model;
using OutreachAssistant.Sandbox.Storage;

namespace OutreachAssistant.Sandbox.Graph.Delta;

/// <summary>The ordered entries of a round that come after the state's last-returned key.</summary>
internal static class DeltaEntries
{
    public static IEnumerable<DeltaEntry> After(StoreSession store, string mailboxId, SyncState state)
    {
        var filter = MessageFilter.Parse(state.Filter, _ => null);
        var inFolder = store.Messages.List(mailboxId, state.FolderId).Where(m => m.Sequence <= state.UpToSequence && filter(m));
        if (state.FromSequence is not { } from)
        {
            // Initial round: a full listing, newest first, keyed by (received, id) so paging stays stable.
            return inFolder
                .Select(m => new DeltaEntry(m.Id, m.Sequence, m.ReceivedDateTime.UtcTicks, m))
                .Where(e => state.LastId is null || IsBefore(e, state.LastTicks ?? 0, state.LastId))
                .OrderByDescending(e => e.Ticks)
                .ThenByDescending(e => e.Id, StringComparer.Ordinal);
        }

        // Later rounds: changes and removals since the previous watermark, in change order.
        var changed = inFolder.Where(m => m.Sequence > from).Select(m => new DeltaEntry(m.Id, m.Sequence, 0, m));
        var removed = store.Messages.Tombstones(mailboxId, state.FolderId, from, state.UpToSequence)
            .Select(t => new DeltaEntry(t.Id, t.Sequence, 0, null, t.ImmutableId));
        return changed.Concat(removed)
            .Where(e => e.Sequence > (state.LastSequence ?? from))
            .OrderBy(e => e.Sequence);
    }

    private static bool IsBefore(DeltaEntry entry, long lastTicks, string lastId) =>
        entry.Ticks < lastTicks || (entry.Ticks == lastTicks && string.CompareOrdinal(entry.Id, lastId) < 0);
}
