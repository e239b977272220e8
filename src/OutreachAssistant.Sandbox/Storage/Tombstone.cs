namespace OutreachAssistant.Sandbox.Storage;

/// <summary>A message id (and its immutable id) that left a folder (deleted or moved) at a change sequence number.</summary>
internal sealed record Tombstone(string Id, string ImmutableId, string FolderId, long Sequence);
