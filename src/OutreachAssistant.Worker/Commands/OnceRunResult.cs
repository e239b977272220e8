using OutreachAssistant.Worker.DryRun;

namespace OutreachAssistant.Worker.Commands;

/// <summary>
/// What one <c>run --once</c> did: the drafts this process made, the mailboxes it could not serve, and, in a dry
/// run (which makes none), the drafts it would have made, each mailbox's in the order they were planned.
/// </summary>
public sealed record OnceRunResult(int Created, IReadOnlyList<UnservedMailbox> Unserved, IReadOnlyList<PlannedDraft> Planned);
