using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Graph.Delta;

/// <summary>One item of a delta page: a message, or a removal (of the message with <see cref="RemovedImmutableId"/>) when <see cref="Message"/> is null.</summary>
internal sealed record DeltaEntry(string Id, long Sequence, long Ticks, StoredMessage? Message, string? RemovedImmutableId = null);
